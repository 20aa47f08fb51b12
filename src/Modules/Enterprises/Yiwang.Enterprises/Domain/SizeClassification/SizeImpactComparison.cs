namespace Yiwang.Enterprises.Domain.SizeClassification;

internal readonly record struct SizeImpactInput(string IndustryCode, string RegionCode, SizeFigures Figures);

/// <summary>The transition matrices overall, by industry row (of the old set) and by province.</summary>
internal sealed class SizeImpactReport(string fromId, string toId)
{
    public const string NoRow = "(not-covered)";

    public string FromRuleSetId { get; } = fromId;
    public string ToRuleSetId { get; } = toId;
    public TransitionMatrix Overall { get; } = new();
    public SortedDictionary<string, TransitionMatrix> ByIndustryRow { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, TransitionMatrix> ByProvince { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// What a new rule set (e.g. a draft revision) would change: each enterprise is classified under both sets
/// and counted in a 6×6 matrix (micro, small, medium, large, not covered, error).
/// </summary>
internal static class SizeImpactComparison
{
    public static SizeImpactReport Compare(IEnumerable<SizeImpactInput> enterprises, SizeRuleSet from, SizeRuleSet to)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var report = new SizeImpactReport(from.Id, to.Id);
        foreach (var e in enterprises) Add(report, from, to, e);
        return report;
    }

    public static void Add(SizeImpactReport report, SizeRuleSet from, SizeRuleSet to, SizeImpactInput e)
    {
        var before = SizeClassifier.ClassifyFast(from, e.IndustryCode, e.Figures);
        var after = SizeClassifier.ClassifyFast(to, e.IndustryCode, e.Figures);
        var (f, t) = (Category(before), Category(after));
        report.Overall.Add(f, t);
        var rowId = before.RowIndex >= 0 ? from.Rows[before.RowIndex].Id
            : after.RowIndex >= 0 ? to.Rows[after.RowIndex].Id : SizeImpactReport.NoRow;
        Matrix(report.ByIndustryRow, rowId).Add(f, t);
        var province = e.RegionCode.Length >= 2 ? string.Concat(e.RegionCode.AsSpan(0, 2), "0000") : e.RegionCode;
        Matrix(report.ByProvince, province).Add(f, t);
    }

    public static ImpactCategory Category(FastSizeClassification result) => result.Outcome switch
    {
        SizeOutcome.Classified => (ImpactCategory)result.Size,
        SizeOutcome.NotCovered or SizeOutcome.TooCoarse => ImpactCategory.NotCovered,
        _ => ImpactCategory.Error,
    };

    private static TransitionMatrix Matrix(SortedDictionary<string, TransitionMatrix> map, string key)
    {
        if (!map.TryGetValue(key, out var matrix)) map[key] = matrix = new TransitionMatrix();
        return matrix;
    }
}
