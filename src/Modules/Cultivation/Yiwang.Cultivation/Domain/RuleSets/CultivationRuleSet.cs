using Yiwang.Rules.Evaluation;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>
/// A cultivation rule set: the engine's compiled rule set (docs/user-guide/cultivation-rule-sets.md) and the one thing
/// the engine does not read, the yearly data-update day from the file's <c>extensions.annualUpdate</c>.
/// </summary>
internal sealed record CultivationRuleSet(CompiledRuleSet Compiled, AnnualUpdateRule? AnnualUpdate)
{
    public RuleSet Rules => Compiled.Source;

    public string Id => Rules.Id;

    public string NameZh => Rules.NameZh;

    public string NameEn => Rules.NameEn;

    public string DocumentZh => Rules.DocumentZh;

    public string DocumentEn => Rules.DocumentEn;

    public DateOnly EffectiveFrom => Rules.EffectiveFrom;

    public DateOnly? EffectiveTo => Rules.EffectiveTo;

    public BandBoundary BandBoundary => Rules.BandBoundary;

    public IReadOnlyList<SourceRef> Sources => Rules.Sources;

    /// <summary>The tiers (the engine's targets): innovative, specialized, littleGiant.</summary>
    public IReadOnlyList<Target> Tiers => Rules.Targets;

    public bool InForceOn(DateOnly date) => Rules.InForceOn(date);

    public Target? FindTier(string id) => Rules.FindTarget(id);
}

/// <summary>The yearly day by which recognised enterprises update their data on the 培育平台 (a day of the month).</summary>
internal sealed record AnnualUpdateRule(int Month, int Day, string Confidence, string NoteZh, string NoteEn)
{
    public DateOnly In(int year) => new(year, Month, Day);
}
