namespace Yiwang.Kernel.Web.Charts;

/// <summary>Horizontal bars suit long category names (regions, statuses); vertical bars suit a time axis.</summary>
public enum BarOrientation
{
    Horizontal,
    Vertical,
}
