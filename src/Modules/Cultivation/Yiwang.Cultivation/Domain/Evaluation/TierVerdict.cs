using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// The part of a <see cref="TierEvaluation"/> a batch writes: verdict, score, unmet basic conditions, missing facts and
/// the texts of the first gaps. <see cref="LeanTierEvaluator"/> computes it without the explanations.
/// </summary>
internal sealed record TierVerdict(
    string Tier,
    bool Eligible,
    decimal? Score,
    decimal? PassMark,
    string? AppliedDirectCondition,
    IReadOnlyList<string> UnmetConditions,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Bilingual> TopGaps)
{
    /// <summary>The same projection taken from the full explained result (what the lean one must equal).</summary>
    public static TierVerdict From(TierEvaluation full, int topGaps) =>
        new(full.Tier, full.Eligible, full.Score?.Total, full.Score?.PassMark, full.AppliedDirectCondition,
            full.BasicConditions.Where(b => b.Outcome != Outcome.Met).Select(b => b.Id).ToList(), full.MissingFacts,
            full.Gaps.Take(topGaps).Select(g => g.Text).ToList());
}
