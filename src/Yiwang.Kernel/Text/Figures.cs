using System.Globalization;

namespace Yiwang.Kernel.Text;

/// <summary>
/// Numbers and dates as people read them, in the current UI language: rounded to their unit (yuan to the fen, 万元 and
/// percentages to one decimal), digits grouped, dates in 年月日 (zh) or "7 Dec 2026" (en), times in Beijing time.
/// Pages and exports use these instead of ToString(), so "432.97629599999993" never reaches anyone.
/// </summary>
public static class Figures
{
    /// <summary>China Standard Time: UTC+8 all year (no daylight saving since 1991), so no time-zone database is needed.</summary>
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static CultureInfo Culture => Bilingual.IsEnglish ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("zh-CN");

    public static string Count(long value) => value.ToString("N0", Culture);

    public static string Count(long? value) => value is { } v ? Count(v) : "—";

    /// <summary>An amount in yuan, to the fen: "1,234,567.50".</summary>
    public static string Yuan(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("N2", Culture) : "—";

    /// <summary>A figure with <paramref name="decimals"/> places (万元 and tonnes: 1; ratios: 2).</summary>
    public static string Number(decimal? value, int decimals = 1) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : "—";

    public static string Number(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : "—";

    /// <summary>A value already in percent (55 → "55.0%").</summary>
    public static string Percent(decimal? percent, int decimals = 1) => percent is null ? "—" : Number(percent, decimals) + "%";

    /// <summary>A share as a fraction (0.553 → "55.3%").</summary>
    public static string Share(double? fraction, int decimals = 1) => fraction is { } f && double.IsFinite(f) ? Number(f * 100, decimals) + "%" : "—";

    /// <summary>"2026年12月7日" / "7 Dec 2026".</summary>
    public static string Date(DateOnly? date) =>
        date is not { } d ? "—" : Bilingual.IsEnglish ? d.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : $"{d.Year}年{d.Month}月{d.Day}日";

    /// <summary>"2026-12-07": for tables and exports where dates line up.</summary>
    public static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>An instant in Beijing time: "2026年12月7日 16:05" / "7 Dec 2026 16:05 (Beijing time)".</summary>
    public static string Instant(DateTimeOffset? instant)
    {
        if (instant is not { } i) return "—";
        var local = i.ToOffset(Beijing);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Bilingual.IsEnglish ? $"{Date(DateOnly.FromDateTime(local.DateTime))} {time} (Beijing time)" : $"{Date(DateOnly.FromDateTime(local.DateTime))} {time}";
    }

    public static string Instant(DateTime? utc) =>
        utc is { } u ? Instant(new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Utc))) : "—";

    /// <summary>The date in Beijing of an instant (legal dates are Beijing dates).</summary>
    public static DateOnly BeijingDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Beijing).DateTime);
}
