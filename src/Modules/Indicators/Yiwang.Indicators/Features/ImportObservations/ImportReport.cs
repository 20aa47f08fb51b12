using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ImportObservations;

/// <summary>What an import did: counts, every rejected row with its reason, and warnings on rows that were imported.</summary>
internal sealed record ImportReport(int Added, int Revised, int Unchanged, int Rejected, IReadOnlyList<ImportProblem> Errors, IReadOnlyList<ImportProblem> Warnings)
{
    public const int MaxListed = 1000;

    public Bilingual Summary => new(
        $"新增 {Added} 个数值，修订 {Revised} 个，未变 {Unchanged} 个，拒绝 {Rejected} 行，警告 {Warnings.Count} 条。",
        $"{Added} values added, {Revised} revised, {Unchanged} unchanged, {Rejected} rows rejected, {Warnings.Count} warnings.");
}

/// <param name="Field">The column at fault (indicator, region, period, value, unit, …).</param>
internal sealed record ImportProblem(int Line, string Field, string Reason, string Original)
{
    public static ImportProblem From(RowIssue issue) => new(issue.Line, issue.Field, issue.Reason.Current, issue.Original);
}

/// <summary>The handler's answer: a report, or the lines that write to series the caller does not own (nothing is written then).</summary>
internal sealed record ImportResult(ImportReport? Report, IReadOnlyList<int> ForbiddenLines);
