namespace Yiwang.Kernel.Web.Ui;

/// <summary>The colour a badge, notice or tile speaks in; each passes WCAG AA as text on its tint.</summary>
public enum Tone
{
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
}
