namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>
/// Picks the rule set: an explicit id wins (复核 and transition cases need the older standard); otherwise the one in
/// force on the evaluation date. Null when the id is unknown or no rule set was in force on that date.
/// </summary>
internal static class RuleSetChoice
{
    public const string Explicit = "explicit";
    public const string ByDate = "evaluationDate";

    public static (CultivationRuleSet? Set, string ChosenBy) Choose(string? ruleSetId, DateOnly evaluationDate) =>
        string.IsNullOrWhiteSpace(ruleSetId)
            ? (CultivationRuleSetCatalog.InForceOn(evaluationDate), ByDate)
            : (CultivationRuleSetCatalog.Find(ruleSetId.Trim()), Explicit);
}
