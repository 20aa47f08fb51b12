using System.Globalization;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>How rates, amounts and day counts are written in explanations, the API and the CLI.</summary>
internal static class RateText
{
    /// <summary>0.0345 → "3.45%".</summary>
    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.######", CultureInfo.InvariantCulture) + "%";

    public static string Yuan(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    public static string Name(this DayCount dayCount) => dayCount == DayCount.Actual360 ? "actual/360" : "actual/365";

    public static bool TryParseDayCount(string? text, out DayCount dayCount)
    {
        switch (text?.Trim().ToLowerInvariant().Replace("act/", "actual/", StringComparison.Ordinal))
        {
            case null or "" or "actual/365" or "365":
                dayCount = DayCount.Actual365;
                return true;
            case "actual/360" or "360":
                dayCount = DayCount.Actual360;
                return true;
            default:
                dayCount = DayCount.Actual365;
                return false;
        }
    }
}
