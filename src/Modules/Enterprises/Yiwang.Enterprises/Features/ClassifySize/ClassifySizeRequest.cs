namespace Yiwang.Enterprises.Features.ClassifySize;

internal sealed record ClassifySizeRequest(
    string? IndustryCode, int? Employees, decimal? RevenueTenThousandYuan, decimal? TotalAssetsTenThousandYuan, string? RuleSet);

internal sealed record NamedRef(string Id, string Name);

internal sealed record ClassifySizeResponse(
    string? Size, string? SizeName, bool IsSme, string Outcome, NamedRef? IndustryRow, NamedRef RuleSet, IReadOnlyList<string> Explanation);
