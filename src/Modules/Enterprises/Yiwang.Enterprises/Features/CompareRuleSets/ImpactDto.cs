using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Features.CompareRuleSets;

internal sealed record ImpactMatrixDto(string Key, string Name, long Total, long Unchanged, long MovedUp, long MovedDown, long[][] Counts)
{
    public static ImpactMatrixDto From(string key, string name, TransitionMatrix m) => new(
        key, name, m.Total, m.Unchanged, m.MovedUp, m.MovedDown,
        [.. Enumerable.Range(0, TransitionMatrix.Size).Select(f => Enumerable.Range(0, TransitionMatrix.Size).Select(t => m[(ImpactCategory)f, (ImpactCategory)t]).ToArray())]);
}

/// <summary>Rows are the category under <see cref="From"/>, columns under <see cref="To"/>, both in <see cref="Categories"/> order.</summary>
internal sealed record ImpactDto(string From, string To, string FromName, string ToName, IReadOnlyList<string> Categories, ImpactMatrixDto Overall,
    IReadOnlyList<ImpactMatrixDto> ByIndustryRow, IReadOnlyList<ImpactMatrixDto> ByProvince);
