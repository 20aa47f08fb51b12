using System.Globalization;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>
/// Validates one register row from spans. Allocates only when the row is bad (to build the message),
/// so the batch path stays allocation-free on good rows.
/// </summary>
internal static class RegisterFieldParser
{
    // Sanity ceilings, not legal limits: the largest Chinese employers have a few million staff and
    // revenues of a few 10^8 万元; beyond these a unit mix-up (元 typed as 万元) is far more likely than a real figure.
    public const int MaxEmployees = 10_000_000;
    public const decimal MaxRevenueTenThousandYuan = 1_000_000_000m;

    // Assets get ten times the revenue ceiling: balance sheets of the biggest groups run to several 10^8 万元.
    public const decimal MaxAssetsTenThousandYuan = 10_000_000_000m;

    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite |
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(scoped in RawRegisterFields f, out ParsedRegisterFields parsed, out RowProblem? problem)
    {
        parsed = default;
        problem = CheckCodes(f);
        if (problem is not null) return false;

        if (!TryEmployees(f.Employees, out var employees, out problem)) return false;
        if (!TryAmount(f.Revenue, "revenue_10k_yuan", SizeIndicator.RevenueTenThousandYuan, MaxRevenueTenThousandYuan, out var revenue, out problem)) return false;
        if (!TryAmount(f.Assets, "total_assets_10k_yuan", SizeIndicator.TotalAssetsTenThousandYuan, MaxAssetsTenThousandYuan, out var assets, out problem)) return false;

        int? year = null;
        if (!f.ReportingYear.IsEmpty)
        {
            if (!int.TryParse(f.ReportingYear, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1949 or > 2100)
            {
                problem = new("reporting_year.format", $"报告年度“{f.ReportingYear}”应为1949至2100之间的四位年份",
                    $"reporting_year '{f.ReportingYear}' must be a year from 1949 to 2100");
                return false;
            }

            year = y;
        }

        parsed = new ParsedRegisterFields(new SizeFigures(employees, revenue, assets), year);
        return true;
    }

    private static RowProblem? CheckCodes(scoped in RawRegisterFields f)
    {
        if (f.Uscc.IsEmpty) return Empty("uscc", "统一社会信用代码");
        if (!UsccCheck.IsValid(f.Uscc))
        {
            var e = UsccCheck.Error(f.Uscc);
            return new(e.Key, $"统一社会信用代码“{f.Uscc}”：{e.MessageZh}", $"USCC '{f.Uscc}': {e.MessageEn}");
        }

        if (f.Name.IsEmpty) return Empty("name", "企业名称");
        if (f.Region.IsEmpty) return Empty("region_code", "行政区划代码");
        if (f.Region.Length != 6 || f.Region.ContainsAnyExceptInRange('0', '9'))
        {
            return new("region.format", $"行政区划代码“{f.Region}”应为6位数字（GB/T 2260）", $"region_code '{f.Region}' must be 6 digits (GB/T 2260)");
        }

        if (!Provinces.IsKnown(((f.Region[0] - '0') * 10) + (f.Region[1] - '0')))
        {
            return new("region.unknown", $"行政区划代码“{f.Region}”的省级代码“{f.Region[..2]}”不存在",
                $"region_code '{f.Region}': there is no province '{f.Region[..2]}'");
        }

        if (f.Industry.IsEmpty) return Empty("industry_code", "行业代码");
        if (IndustryRowLookup.TableIndex(f.Industry) < 0)
        {
            var text = f.Industry.ToString();
            return IndustryCode.TryParse(text, out _, out var error)
                ? new("industry.format", $"行业代码“{text}”无效", $"industry_code '{text}' is invalid")
                : new(error.Key, error.MessageZh, error.MessageEn);
        }

        return null;
    }

    private static bool TryEmployees(ReadOnlySpan<char> s, out int? value, out RowProblem? problem)
    {
        value = null;
        problem = null;
        if (s.IsEmpty) return true;
        if (!decimal.TryParse(s, DecimalStyle, CultureInfo.InvariantCulture, out var d))
        {
            problem = NotNumber("employees", SizeIndicator.Employees, s);
            return false;
        }

        if (d < 0) problem = Negative("employees", SizeIndicator.Employees, s);
        else if (d != decimal.Truncate(d)) problem = new("employees.fraction", $"从业人员“{s}”应为整数", $"employees '{s}' must be a whole number");
        else if (d > MaxEmployees) problem = Absurd("employees", SizeIndicator.Employees, s, MaxEmployees);
        if (problem is not null) return false;
        value = (int)d;
        return true;
    }

    private static bool TryAmount(ReadOnlySpan<char> s, string column, SizeIndicator indicator, decimal max, out decimal? value, out RowProblem? problem)
    {
        value = null;
        problem = null;
        if (s.IsEmpty) return true;
        if (!decimal.TryParse(s, DecimalStyle, CultureInfo.InvariantCulture, out var d)) problem = NotNumber(column, indicator, s);
        else if (d < 0) problem = Negative(column, indicator, s);
        else if (d > max) problem = Absurd(column, indicator, s, max);
        if (problem is not null) return false;
        value = d;
        return true;
    }

    private static RowProblem Empty(string column, string zh) => new($"{column}.empty", $"{zh}为空", $"{column} is empty");

    private static RowProblem NotNumber(string column, SizeIndicator i, ReadOnlySpan<char> s) =>
        new($"{column}.format", $"{i.NameZh()}“{s}”不是数字", $"{column} '{s}' is not a number");

    private static RowProblem Negative(string column, SizeIndicator i, ReadOnlySpan<char> s) =>
        new($"{column}.negative", $"{i.NameZh()}“{s}”不能为负数", $"{column} '{s}' must not be negative");

    private static RowProblem Absurd(string column, SizeIndicator i, ReadOnlySpan<char> s, decimal max) =>
        new($"{column}.absurd", $"{i.NameZh()}“{s}”超过合理上限{max}{i.UnitZh()}，请检查单位（营业收入、资产总额以万元计）",
            $"{column} '{s}' exceeds the plausible maximum {max}; check the unit (amounts are in 10k yuan)");
}
