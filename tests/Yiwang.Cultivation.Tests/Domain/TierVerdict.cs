using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Evaluation;

namespace Yiwang.Cultivation.Tests.Domain;

/// <summary>
/// The part of an evaluation a batch writes: outcome, score, unmet basic conditions, missing facts and the texts of the
/// first gaps — taken from the API's explained answer or from the batch's <see cref="TargetRun"/>, which must agree.
/// </summary>
internal sealed record TierVerdict(
    string Tier,
    Outcome Outcome,
    decimal? Score,
    decimal? PassMark,
    string? AppliedDirectCondition,
    IReadOnlyList<string> UnmetConditions,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Bilingual> TopGaps)
{
    public static TierVerdict From(TierEvaluation full, int topGaps) =>
        new(full.Tier, full.Outcome, full.Score?.Total, full.Score?.PassMark, full.AppliedDirectCondition,
            full.BasicConditions.Where(b => b.Outcome != Outcome.Met).Select(b => b.Id).ToList(), full.MissingFacts,
            full.Gaps.Take(topGaps).Select(g => g.Text).ToList());

    public static TierVerdict From(string tier, TargetRun run, int topGaps) =>
        new(tier, run.Outcome, run.Score, run.PassMark, run.AppliedDirectCondition,
            Enumerable.Range(0, run.UnmetCount).Select(run.UnmetCondition).ToList(), Enumerable.Range(0, run.MissingCount).Select(run.MissingFact).ToList(),
            Enumerable.Range(0, Math.Min(topGaps, run.GapCount)).Select(run.GapText).ToList());
}
