using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;

namespace Yiwang.Indicators.Features;

/// <summary>The kebab-case names enums travel under in JSON and CSV, the same spelling as in indicators.json.</summary>
internal static class Wire
{
    public static string Name(Accumulation a) => a switch
    {
        Accumulation.Stock => "stock",
        Accumulation.Flow => "flow",
        _ => "year-to-date",
    };

    public static string Name(ObservationStatus s) => s switch
    {
        ObservationStatus.Reported => "reported",
        ObservationStatus.Derived => "derived",
        _ => "estimated",
    };

    public static string Name(TargetDirection d) => d == TargetDirection.AtLeast ? "at-least" : "at-most";

    public static string Name(ProgressStatus s) => s switch
    {
        ProgressStatus.Reached => "reached",
        ProgressStatus.OnTrack => "on-track",
        ProgressStatus.AtRisk => "at-risk",
        ProgressStatus.Missed => "missed",
        _ => "insufficient-data",
    };
}
