using System.Globalization;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>The checked parameters of a statistics request: a region within the caller's own jurisdiction, and dates.</summary>
internal sealed record StatisticsRequest(RegionCode Region, DateOnly? From, DateOnly? To)
{
    public static readonly Bilingual OfficialsOnly = new("投诉统计仅向主管部门开放", "Complaint statistics are open to the supervising departments only");
    public static readonly Bilingual OutsideJurisdiction = new("所选地区不在您的管辖范围内", "The region you chose is outside your jurisdiction");

    /// <summary>The scope the figures are computed in: an official of <see cref="Region"/>, whoever asked (admin or an official above).</summary>
    public CallerScope Scope(string userId) => new(Roles.Official, null, Region, userId);

    /// <summary>
    /// Officials get their region or any region below it (national officials and administrators: everything);
    /// enterprises and respondents get 403. Bad codes or dates are 400 with the field named.
    /// </summary>
    public static (StatisticsRequest? Request, Bilingual? Forbidden, Dictionary<string, Bilingual> Errors) Check(
        CallerScope caller, string? region, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new Dictionary<string, Bilingual>();
        var own = caller.IsAdmin ? RegionCode.National : caller.IsOfficial ? caller.Jurisdiction : null;
        if (own is not { } jurisdiction) return (null, OfficialsOnly, errors);

        var chosen = jurisdiction;
        if (!string.IsNullOrWhiteSpace(region))
        {
            if (!RegionCode.TryParse(region.Trim(), out chosen, out var problem))
                errors["region"] = new($"地区代码有误：{problem.MessageZh}", $"Invalid region code: {problem.MessageEn}");
            else if (!chosen.IsWithin(jurisdiction))
                return (null, OutsideJurisdiction, errors);
        }
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (fromDate > toDate) errors["to"] = new("结束日期不能早于开始日期", "The end date cannot be before the start date");
        return errors.Count > 0 ? (null, null, errors) : (new StatisticsRequest(chosen, fromDate, toDate), null, errors);
    }

    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
            return date;
        errors[field] = new("日期格式应为 yyyy-MM-dd（2000—2100 年）", "Use a yyyy-MM-dd date between 2000 and 2100");
        return null;
    }
}
