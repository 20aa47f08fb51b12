using System.Text.Json;
using Yiwang.Kernel.Text;

namespace Yiwang.Rules.RuleSets;

// The rule-set file shape (formatVersion 2), documented in docs/adr/0007-rules-engine.md and, for cultivation, in
// docs/user-guide/cultivation-rule-sets.md. As before, the records double as the model: RuleSetLoader checks every
// field once against the facts schema, and CompiledRuleSet resolves names and thresholds once.
// Confidence is official | secondary | unconfirmed | disputed, as on the reference sheets.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.

/// <param name="Schema">The id of the facts schema the rules read.</param>
/// <param name="Extensions">Module data the engine does not read (cultivation: the annual update day).</param>
public sealed record RuleSet(
    int FormatVersion,
    string Id,
    string Schema,
    string NameZh,
    string NameEn,
    string DocumentZh,
    string DocumentEn,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    BandBoundary BandBoundary,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<Target> Targets,
    JsonElement? Extensions = null)
{
    public Bilingual Name => new(NameZh, NameEn);

    public Bilingual Document => new(DocumentZh, DocumentEn);

    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public Target? FindTarget(string id) => Targets.FirstOrDefault(t => t.Id == id);
}

/// <summary>Inclusive: a value on a band edge scores in the better band (以上/以下含本数).</summary>
public sealed record BandBoundary(string Mode, string Confidence, string NoteZh, string NoteEn)
{
    public bool Inclusive => Mode == "inclusive";
}

public sealed record SourceRef(string? Url, string Confidence, string Note);

/// <summary>
/// What an enterprise is evaluated for (a tier, a policy, a level): met when every basic condition is met and, where
/// there is a score or direct conditions, the score reaches the pass mark (and every category minimum) or one direct
/// condition (直通条件) holds.
/// </summary>
public sealed record Target(
    string Id,
    string NameZh,
    string NameEn,
    string CitationZh,
    string CitationEn,
    string Confidence,
    IReadOnlyList<Condition> BasicConditions,
    Scoring? Scoring,
    IReadOnlyList<Condition> DirectConditions,
    string? NoteZh = null,
    string? NoteEn = null)
{
    public Bilingual Name => new(NameZh, NameEn);

    public Bilingual Citation => new(CitationZh, CitationEn);
}

/// <summary>
/// Holds when all (or any) of its tests hold, or with combine anyGroup when every test of one group holds. Any met
/// waiver makes it hold regardless.
/// </summary>
public sealed record Condition(
    string Id,
    string NameZh,
    string NameEn,
    string CitationZh,
    string CitationEn,
    string Confidence,
    string Combine,
    IReadOnlyList<Test> Tests,
    string? NoteZh = null,
    string? NoteEn = null,
    IReadOnlyList<TestGroup>? Groups = null,
    IReadOnlyList<Test>? Waivers = null);

public sealed record TestGroup(string LabelZh, string LabelEn, IReadOnlyList<Test> Tests);

/// <summary>One comparison of a fact: op is &gt;=, &gt;, &lt;=, &lt;, ==, !=, in, isTrue or isFalse.</summary>
public sealed record Test(string Fact, string Op, RuleValue? Value = null);

public sealed record Scoring(
    decimal PassMark,
    string PassMarkConfidence,
    string CitationZh,
    string CitationEn,
    string? NoteZh,
    string? NoteEn,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Indicator> Indicators);

public sealed record Category(string Id, string NameZh, string NameEn, decimal MaxPoints, decimal? MinimumPoints);

/// <summary>Points are the best over the indicator's measures (e.g. R&amp;D by amount or by share); inputPoints takes the figure as points.</summary>
public sealed record Indicator(
    string Id,
    string Category,
    string NameZh,
    string NameEn,
    string CitationZh,
    string CitationEn,
    string Confidence,
    decimal MaxPoints,
    string Scoring,
    IReadOnlyList<Measure> Measures,
    string? NoteZh = null,
    string? NoteEn = null);

/// <summary>Bands best first; direction higher means bound is a minimum, lower a maximum; the last band has no bound.</summary>
public sealed record Measure(string Fact, string Direction, IReadOnlyList<Band> Bands);

public sealed record Band(RuleValue? Bound, decimal Points, string? LabelZh = null, string? LabelEn = null);
