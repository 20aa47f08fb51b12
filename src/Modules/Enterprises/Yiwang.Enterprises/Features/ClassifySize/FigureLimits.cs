using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ClassifySize;

/// <summary>
/// Plausibility limits on reported figures. Above these a figure is a typo (e.g. yuan entered as 万元), not an enterprise:
/// the largest Chinese employer has about 1.5 million staff, the largest revenue about 3 trillion yuan (3×10⁸ 万元).
/// </summary>
internal static class FigureLimits
{
    public const int MaxEmployees = 10_000_000;
    public const decimal MaxTenThousandYuan = 1_000_000_000m;

    public static Bilingual? Check(string field, decimal? value, decimal max)
    {
        if (value is null) return null;
        if (value < 0) return new Bilingual($"{field} 不能为负数", $"{field} must not be negative");
        if (value > max) return new Bilingual($"{field} 超出合理范围（上限 {max:N0}），请检查单位", $"{field} exceeds the plausible maximum {max:N0}; check the unit");
        return null;
    }
}
