using System.Globalization;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Formulas;
using Yiwang.Rules.Loading;

namespace Yiwang.Rules.Facts;

/// <summary>Reads and checks a facts-schema file; every problem names the file, the fact and the field.</summary>
public static class FactSchemaLoader
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static FactSchema Load(Stream json, string origin, FormulaFunctions? functions = null)
    {
        var file = JsonFiles.Read<FactSchemaFile>(json, origin);
        var problems = new List<string>();
        if (file.FormatVersion != 1) problems.Add($"formatVersion: expected 1, got {file.FormatVersion}");
        var units = Unique(file.Units.Select(u => new FactUnit(u.Id, u.Zh, u.En)), u => u.Id, "units", problems);
        var groups = Unique(file.Groups, g => g.Id, "groups", problems);
        var sources = Unique(file.Sources, s => s.Id, "sources", problems);
        var facts = new List<FactDefinition>();
        foreach (var f in file.Facts) facts.Add(Base(f, facts.Count, units, groups, sources, problems));
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in facts)
        {
            if (!ids.TryAdd(f.Id, f.Ordinal)) problems.Add($"facts[{f.Id}]: the id is used twice");
        }

        foreach (var d in file.Derived)
        {
            // A formula may name base facts and derived facts declared above it, so there are no cycles.
            var fact = Derived(d, facts.Count, units, id => ids.TryGetValue(id, out var o) ? o : null, functions ?? FormulaFunctions.BuiltIn, facts, problems);
            if (fact is null) continue;
            if (!ids.TryAdd(fact.Id, fact.Ordinal)) problems.Add($"derived[{fact.Id}]: the id is used twice");
            facts.Add(fact);
        }

        var constraints = file.Constraints.Select(c => Constraint(c, ids, functions ?? FormulaFunctions.BuiltIn, facts, problems)).OfType<FactConstraint>().ToList();
        return problems.Count == 0
            ? new FactSchema(file.Id, new(file.NameZh, file.NameEn), facts, groups.Values.ToList(), sources.Values.ToList(), constraints)
            : throw new RulesFormatException($"{origin}: {string.Join("; ", problems)}");
    }

    private static FactDefinition Base(BaseFactFile f, int ordinal, Dictionary<string, FactUnit> units, Dictionary<string, FactGroup> groups,
        Dictionary<string, FactSource> sources, List<string> problems)
    {
        var at = $"facts[{f.Id}]";
        CheckId(f.Id, at, problems);
        CheckTexts(at, problems, f.LabelZh, f.LabelEn, f.HelpZh, f.HelpEn);
        if (!groups.ContainsKey(f.Group)) problems.Add($"{at}.group: '{f.Group}' is not a group");
        if (!sources.ContainsKey(f.Source)) problems.Add($"{at}.source: '{f.Source}' is not a source");
        if (f.Unit is not null && !units.ContainsKey(f.Unit)) problems.Add($"{at}.unit: '{f.Unit}' is not a unit");
        if (f.Min > f.Max) problems.Add($"{at}: min {f.Min} is above max {f.Max}");
        if ((f.RangeZh is null) != (f.RangeEn is null)) problems.Add($"{at}: rangeZh and rangeEn go together");
        if (f.Empty is not (null or "missing" or "none")) problems.Add($"{at}.empty: 'missing' or 'none'");
        var members = f.Members ?? [];
        if ((f.Type == FactType.Enumeration) != (members.Count > 0)) problems.Add($"{at}.members: required for an enumeration, and only then");
        if (members.Select(m => m.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != members.Count || members.Select(m => m.Value).Distinct().Count() != members.Count)
            problems.Add($"{at}.members: ids and values must be unique");
        if (members.Any(m => m.Id.Length == 0 || char.IsAsciiDigit(m.Id[0]))) problems.Add($"{at}.members: an id must not be empty or start with a digit");
        if (f.Type is FactType.Boolean or FactType.Enumeration or FactType.Date && (f.Min is not null || f.Max is not null || f.Unit is not null))
            problems.Add($"{at}: a {f.Type.ToString().ToLowerInvariant()} fact has no unit, min or max");
        return new FactDefinition(ordinal, f.Id, f.Type, new(f.LabelZh, f.LabelEn), new(f.HelpZh, f.HelpEn))
        {
            Unit = f.Unit is null ? null : units.GetValueOrDefault(f.Unit),
            Group = groups.GetValueOrDefault(f.Group),
            Source = sources.GetValueOrDefault(f.Source),
            Min = f.Min,
            Max = f.Max,
            RangeMessage = f.RangeZh is not null && f.RangeEn is not null ? new(f.RangeZh, f.RangeEn) : RangeText(f.Min, f.Max),
            Members = members,
            EmptyMeansNone = f.Empty == "none",
            Inputs = [ordinal],
        };
    }

    private static FactDefinition? Derived(DerivedFactFile d, int ordinal, Dictionary<string, FactUnit> units, Func<string, int?> resolve,
        FormulaFunctions functions, List<FactDefinition> facts, List<string> problems)
    {
        var at = $"derived[{d.Id}]";
        CheckId(d.Id, at, problems);
        CheckTexts(at, problems, d.LabelZh, d.LabelEn);
        if (d.Unit is not null && !units.ContainsKey(d.Unit)) problems.Add($"{at}.unit: '{d.Unit}' is not a unit");
        if ((d.NoteZh is null) != (d.NoteEn is null) || (d.HelpZh is null) != (d.HelpEn is null)) problems.Add($"{at}: a text needs both languages");
        Formula formula;
        try
        {
            formula = FormulaParser.Parse(d.Formula, resolve, functions);
        }
        catch (FormatException ex)
        {
            problems.Add($"{at}.formula: {ex.Message}");
            return null;
        }

        return new FactDefinition(ordinal, d.Id, FactType.Decimal, new(d.LabelZh, d.LabelEn), new(d.HelpZh ?? string.Empty, d.HelpEn ?? string.Empty))
        {
            Unit = d.Unit is null ? null : units.GetValueOrDefault(d.Unit),
            Formula = formula,
            FormulaText = d.Formula,
            Note = d.NoteZh is not null && d.NoteEn is not null ? new(d.NoteZh, d.NoteEn) : null,
            Inputs = formula.Facts().SelectMany(o => facts[o].Inputs).Distinct().Order().ToArray(),
        };
    }

    private static FactConstraint? Constraint(ConstraintFile c, Dictionary<string, int> ids, FormulaFunctions functions, List<FactDefinition> facts, List<string> problems)
    {
        var at = $"constraints[{c.Field}]";
        if (!ids.TryGetValue(c.Field, out var field) || facts[field].IsDerived) problems.Add($"{at}.field: '{c.Field}' is not a base fact");
        CheckTexts(at, problems, c.MessageZh, c.MessageEn);
        try
        {
            var formula = FormulaParser.Parse(c.Check, id => ids.TryGetValue(id, out var o) ? o : null, functions);
            return new FactConstraint(c.Field, c.Check, new(c.MessageZh, c.MessageEn)) { Formula = formula, Facts = formula.Facts().SelectMany(o => facts[o].Inputs).Distinct().ToArray() };
        }
        catch (FormatException ex)
        {
            problems.Add($"{at}.check: {ex.Message}");
            return null;
        }
    }

    // The default wording of a range; a schema words ranks, levels and scores itself (rangeZh/rangeEn).
    private static Bilingual RangeText(decimal? min, decimal? max) => (min, max) switch
    {
        (0, null) => new("不能为负数", "must not be negative"),
        ({ } lo, { } hi) => new(string.Create(Ci, $"应在 {lo}–{hi} 之间"), string.Create(Ci, $"must be between {lo} and {hi}")),
        ({ } lo, null) => new(string.Create(Ci, $"不能小于 {lo}"), string.Create(Ci, $"must be at least {lo}")),
        (null, { } hi) => new(string.Create(Ci, $"不能大于 {hi}"), string.Create(Ci, $"must be at most {hi}")),
        _ => new(string.Empty, string.Empty),
    };

    private static void CheckId(string id, string at, List<string> problems)
    {
        if (id.Length == 0 || !char.IsAsciiLetterLower(id[0]) || !id.All(char.IsAsciiLetterOrDigit)) problems.Add($"{at}: the id must be camelCase letters and digits");
    }

    private static void CheckTexts(string at, List<string> problems, params string[] texts)
    {
        if (texts.Any(string.IsNullOrWhiteSpace)) problems.Add($"{at}: every label, help text and message needs both zh and en");
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, string at, List<string> problems)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(id(item), item)) problems.Add($"{at}[{id(item)}]: the id is used twice");
        }

        return result;
    }
}
