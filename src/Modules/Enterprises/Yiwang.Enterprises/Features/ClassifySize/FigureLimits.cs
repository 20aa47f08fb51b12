using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ClassifySize;

/// <summary>
/// The API applies the same plausibility limits as the register import (<see cref="RegisterFieldParser"/>), so a figure
/// accepted in one place is never rejected in the other.
/// </summary>
internal static class FigureLimits
{
    public const int MaxEmployees = RegisterFieldParser.MaxEmployees;
    public const decimal MaxRevenueTenThousandYuan = RegisterFieldParser.MaxRevenueTenThousandYuan;
    public const decimal MaxAssetsTenThousandYuan = RegisterFieldParser.MaxAssetsTenThousandYuan;

    public static Bilingual? Check(string field, decimal? value, decimal max)
    {
        if (value is null) return null;
        if (value < 0) return new Bilingual($"{field} 不能为负数", $"{field} must not be negative");
        if (value > max) return new Bilingual($"{field} 超出合理范围（上限 {max:N0}），请检查单位", $"{field} exceeds the plausible maximum {max:N0}; check the unit");
        return null;
    }
}
