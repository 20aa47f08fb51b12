using Yiwang.Rules.Evaluation;

namespace Yiwang.Rules.RuleSets;

/// <summary>
/// The versions of a family of rule sets. The evaluation date picks the version in force; an explicit id wins, because
/// reviews and transitions (old certificates, 复核 under the old standard) need an older version after the new one
/// took effect.
/// </summary>
public sealed class RuleSetCatalog
{
    public const string ChosenExplicitly = "explicit";
    public const string ChosenByDate = "evaluationDate";

    public RuleSetCatalog(IEnumerable<CompiledRuleSet> sets)
    {
        All = sets.OrderBy(s => s.Source.EffectiveFrom).ToArray();
        var dup = All.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"Rule set '{dup.Key}' is given twice", nameof(sets));
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<CompiledRuleSet> All { get; }

    public CompiledRuleSet? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>The newest version in force on <paramref name="date"/>, or null before the first took effect.</summary>
    public CompiledRuleSet? InForceOn(DateOnly date) => All.LastOrDefault(s => s.Source.InForceOn(date));

    /// <summary>An explicit id (trimmed), else the version in force on the date; Set is null when neither exists.</summary>
    public (CompiledRuleSet? Set, string ChosenBy) Choose(string? id, DateOnly date) =>
        string.IsNullOrWhiteSpace(id) ? (InForceOn(date), ChosenByDate) : (Find(id.Trim()), ChosenExplicitly);
}
