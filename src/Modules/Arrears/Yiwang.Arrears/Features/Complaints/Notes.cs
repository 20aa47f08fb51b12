using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>The written parts of commands: an explanation that must be there, or may be, within a length.</summary>
internal static class Notes
{
    public static void Required(FieldErrors errors, string field, string? text, int max, Bilingual what)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text)) errors.Add(field, $"请填写{what.Zh}", $"Write {what.En}");
        else Optional(errors, field, text, max);
    }

    public static void Optional(FieldErrors errors, string field, string? text, int max)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is { } t && t.Length > max) errors.Add(field, $"最多{max}字（现有{t.Length}字）", $"At most {max} characters (this has {t.Length})");
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
