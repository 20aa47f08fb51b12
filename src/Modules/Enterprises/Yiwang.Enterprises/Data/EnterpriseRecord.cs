namespace Yiwang.Enterprises.Data;

/// <summary>An enterprise in the register with its latest reported figures and the size they were classified to.</summary>
internal sealed class EnterpriseRecord
{
    public long Id { get; set; }
    public string Uscc { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string RegionCode { get; set; } = string.Empty;

    /// <summary>First two digits of <see cref="RegionCode"/>, kept for grouping by province without string functions in SQL.</summary>
    public string ProvinceCode { get; set; } = string.Empty;

    public string IndustryCode { get; set; } = string.Empty;
    public int? Employees { get; set; }
    public decimal? RevenueTenThousandYuan { get; set; }
    public decimal? TotalAssetsTenThousandYuan { get; set; }
    public int ReportingYear { get; set; }

    /// <summary><c>large|medium|small|micro</c>, or null when the rule set does not cover the industry.</summary>
    public string? Size { get; set; }
    public string? IndustryRow { get; set; }
    public string? SizeRuleSet { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
