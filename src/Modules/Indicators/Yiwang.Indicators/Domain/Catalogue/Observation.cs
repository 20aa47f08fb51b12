using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Catalogue;

internal enum ObservationStatus
{
    /// <summary>Published as such by the source.</summary>
    [Label("公布值", "Published")]
    Reported,
    /// <summary>Worked out from published figures; the note shows the arithmetic.</summary>
    [Label("推算值", "Worked out")]
    Derived,
    /// <summary>A forecast ("预计") or a figure cut off in the source.</summary>
    [Label("预计值", "Estimate")]
    Estimated,
}

/// <summary>One value of one indicator for one region and period, with where it came from.</summary>
/// <param name="LowerBound">The source says "more than" (超过); the value is a floor, not a point.</param>
/// <param name="Revision">1 for the first value; each correction adds one (the history is kept in the database).</param>
internal sealed record Observation(
    string Indicator,
    string Region,
    Period Period,
    decimal Value,
    ObservationStatus Status,
    string Confidence,
    string Source,
    string? Note,
    bool LowerBound,
    int Revision = 1);
