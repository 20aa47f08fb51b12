using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ClassifySize;

/// <summary>
/// The API applies the same plausibility limits as the register import (<see cref="RegisterFieldParser"/>), so a figure
/// accepted in one place is never rejected in the other. Messages name the figure as people do ("从业人员").
/// </summary>
internal static class FigureLimits
{
    public const int MaxEmployees = RegisterFieldParser.MaxEmployees;
    public const decimal MaxRevenueTenThousandYuan = RegisterFieldParser.MaxRevenueTenThousandYuan;
    public const decimal MaxAssetsTenThousandYuan = RegisterFieldParser.MaxAssetsTenThousandYuan;

    public static Bilingual? Check(SizeIndicator indicator, decimal? value)
    {
        if (value is null) return null;
        var name = Labels.Of(indicator);
        var max = Max(indicator);
        var unit = indicator == SizeIndicator.Employees ? new Bilingual("人", "people") : new Bilingual("万元", "× 10k yuan");
        if (value < 0) return new Bilingual($"{name.Zh}不能为负数", $"{name.En} must not be negative");
        if (value > max)
        {
            return new Bilingual($"{name.Zh}超出合理范围（上限 {max:N0} {unit.Zh}），请检查单位：金额以万元计",
                $"{name.En} is above the plausible maximum of {max:N0} {unit.En}; check the unit (amounts are in 10k yuan)");
        }

        return null;
    }

    private static decimal Max(SizeIndicator indicator) => indicator switch
    {
        SizeIndicator.Employees => MaxEmployees,
        SizeIndicator.RevenueTenThousandYuan => MaxRevenueTenThousandYuan,
        _ => MaxAssetsTenThousandYuan,
    };
}
