using System.Text.Json;
using Yiwang.Kernel.Text;
using Yiwang.Reviews.Data;
using Yiwang.Rules.Evaluation;

namespace Yiwang.Reviews.Filings;

/// <summary>
/// A rules evaluation (Yiwang.Rules) attached to a filing: which rule set, the outcome, the score, the verdict, the first
/// gaps and the facts it was made on. Reviewers see it; it never decides by itself.
/// </summary>
public sealed record FilingEvaluation(string RuleSetId, Outcome Outcome, decimal? Score, Bilingual Verdict, IReadOnlyList<Bilingual> Gaps, string FactsJson)
{
    public const int GapsKept = 10;

    public bool Eligible => Outcome == Outcome.Met;

    /// <summary>The engine's explained answer for a target, with the facts as the module stores them.</summary>
    public static FilingEvaluation From(TargetEvaluation evaluation, string factsJson)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new(evaluation.RuleSetId, evaluation.Outcome, evaluation.Score?.Total, evaluation.Verdict, [.. evaluation.Gaps.Select(g => g.Text)], factsJson);
    }

    /// <summary>Copies the evaluation onto the filing; steps attach it themselves, seeds and imports call this.</summary>
    public void AttachTo(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        filing.RuleSetId = RuleSetId;
        filing.Outcome = Outcome.ToString();
        filing.Eligible = Eligible;
        filing.Score = Score;
        filing.VerdictZh = Cut(Verdict.Zh);
        filing.VerdictEn = Cut(Verdict.En);
        filing.GapsJson = JsonSerializer.Serialize(Gaps.Take(GapsKept).ToList());
        filing.FactsJson = FactsJson;
    }

    /// <summary>The gaps kept with a filing.</summary>
    public static IReadOnlyList<Bilingual> GapsOf(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return JsonSerializer.Deserialize<List<Bilingual>>(filing.GapsJson) ?? [];
    }

    private static string Cut(string text) => text.Length > ReviewsDbContext.TextLength ? text[..ReviewsDbContext.TextLength] : text;
}
