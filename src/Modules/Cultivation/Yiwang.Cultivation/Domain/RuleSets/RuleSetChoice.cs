using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>
/// Picks the rule set: an explicit id wins (复核 and transition cases need the older standard); otherwise the one in
/// force on the evaluation date. Null when the id is unknown or no rule set was in force on that date.
/// </summary>
internal static class RuleSetChoice
{
    public const string Explicit = RuleSetCatalog.ChosenExplicitly;
    public const string ByDate = RuleSetCatalog.ChosenByDate;

    public static (CultivationRuleSet? Set, string ChosenBy) Choose(string? ruleSetId, DateOnly evaluationDate) =>
        CultivationRuleSetCatalog.Choose(ruleSetId, evaluationDate);
}
