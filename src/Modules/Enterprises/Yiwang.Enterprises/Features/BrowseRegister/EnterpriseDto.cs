using Yiwang.Enterprises.Data;

namespace Yiwang.Enterprises.Features.BrowseRegister;

internal sealed record EnterpriseDto(
    string Uscc, string Name, string RegionCode, string IndustryCode, int? Employees,
    decimal? RevenueTenThousandYuan, decimal? TotalAssetsTenThousandYuan, int ReportingYear,
    string? Size, string? IndustryRow, string? RuleSet, DateTimeOffset UpdatedAt)
{
    public static EnterpriseDto From(EnterpriseRecord e) => new(
        e.Uscc, e.Name, e.RegionCode, e.IndustryCode, e.Employees, e.RevenueTenThousandYuan, e.TotalAssetsTenThousandYuan,
        e.ReportingYear, e.Size, e.IndustryRow, e.SizeRuleSet, e.UpdatedAt);
}

internal sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
