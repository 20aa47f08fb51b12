using Yiwang.Kernel.Text;
using Yiwang.Rules.Formulas;

namespace Yiwang.Rules.Facts;

/// <summary>
/// The facts a family of rule sets reads, declared as data (a schema file per module, loaded by
/// <see cref="FactSchemaLoader"/>): base facts in form order, then derived facts. Forms, the API, CSV columns and the
/// evaluator all take names, types, units, labels and ranges from here.
/// </summary>
public sealed class FactSchema
{
    private readonly Dictionary<string, FactDefinition> byId;
    private readonly Dictionary<string, FactDefinition> byIdIgnoringCase;

    internal FactSchema(string id, Bilingual name, IReadOnlyList<FactDefinition> facts, IReadOnlyList<FactGroup> groups,
        IReadOnlyList<FactSource> sources, IReadOnlyList<FactConstraint> constraints)
    {
        Id = id;
        Name = name;
        All = facts;
        Groups = groups;
        Sources = sources;
        Constraints = constraints;
        BaseFacts = facts.Where(f => !f.IsDerived).ToArray();
        Derived = facts.Where(f => f.IsDerived).ToArray();
        byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        byIdIgnoringCase = BaseFacts.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        NameOrder = BaseFacts.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Ordinal).ToArray();
    }

    public string Id { get; }

    public Bilingual Name { get; }

    /// <summary>Base facts first (in form order), derived facts after them; a fact's position is its ordinal.</summary>
    public IReadOnlyList<FactDefinition> All { get; }

    /// <summary>What an enterprise reports: the API's facts object, the CSV columns, the form fields.</summary>
    public IReadOnlyList<FactDefinition> BaseFacts { get; }

    public IReadOnlyList<FactDefinition> Derived { get; }

    public IReadOnlyList<FactGroup> Groups { get; }

    public IReadOnlyList<FactSource> Sources { get; }

    public IReadOnlyList<FactConstraint> Constraints { get; }

    /// <summary>Base-fact ordinals sorted by id (ordinal string order), the order missing facts are listed in.</summary>
    internal int[] NameOrder { get; }

    public FactDefinition? Find(string id) => byId.GetValueOrDefault(id);

    public FactDefinition Get(string id) =>
        byId.TryGetValue(id, out var fact) ? fact : throw new KeyNotFoundException($"'{id}' is not a fact of schema {Id}");

    /// <summary>A base fact by a CSV header or form name, whose case may differ.</summary>
    public FactDefinition? FindBase(string name) => byIdIgnoringCase.GetValueOrDefault(name);
}

/// <summary>
/// A check across facts (研发人员 ≤ 职工总数): a formula that must hold, tested only when every fact it names is
/// reported; its message goes to <see cref="Field"/>.
/// </summary>
public sealed record FactConstraint(string Field, string Check, Bilingual Message)
{
    internal Formula Formula { get; init; } = null!;

    internal int[] Facts { get; init; } = [];
}
