using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Catalogue;

internal enum TargetDirection
{
    /// <summary>Reached when the value is at or above the target (base stations, users).</summary>
    [Label("不低于", "at least")]
    AtLeast,
    /// <summary>Reached when the value is at or below the target (PUE).</summary>
    [Label("不高于", "at most")]
    AtMost,
}

/// <summary>A planning target and the document that set it.</summary>
internal sealed record IndicatorTarget(
    string Indicator,
    string Region,
    decimal Value,
    TargetDirection Direction,
    DateOnly Deadline,
    string Document,
    string Source,
    string Confidence,
    string? Note)
{
    public bool IsMetBy(decimal value) => Direction == TargetDirection.AtLeast ? value >= Value : value <= Value;
}
