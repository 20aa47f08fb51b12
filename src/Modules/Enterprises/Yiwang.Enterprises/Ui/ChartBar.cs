namespace Yiwang.Enterprises.Ui;

/// <summary>One bar; public only because Razor components (and so their parameters) are public.</summary>
public sealed record ChartBar(string Label, double Value, string? Color = null)
{
    public static string ColorOf(string? size) => size switch
    {
        "large" => "#475467",
        "medium" => "#1d4ed8",
        "small" => "#067647",
        "micro" => "#b54708",
        _ => "#98a2b3",
    };
}
