using System.Globalization;

namespace Yiwang.Carbon.Ui;

/// <summary>Numbers as people compare them: kg CO2e with thousands separators and one decimal, shares as percentages.</summary>
internal static class CarbonFormat
{
    public static string Kg(double value) => value.ToString(Math.Abs(value) >= 100 ? "N1" : "N3", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Bar width in the 0–100 range for the stage chart; negative contributions (credits) draw as zero width.</summary>
    public static string Width(double value, double max) =>
        (max <= 0 ? 0 : Math.Max(0, value) / max * 100).ToString("0.##", CultureInfo.InvariantCulture);

    public static string StageColor(string stage) => stage switch
    {
        "raw-material" => "#b54708",
        "production" => "#1d4ed8",
        "distribution" => "#067647",
        "use" => "#7a5af8",
        _ => "#475467",
    };
}
