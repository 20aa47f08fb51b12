using System.Globalization;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features;

/// <summary>
/// Whole numbers from a page's query string (page, year, step). Pages take them as text: a typed or truncated link
/// ("?page=abc") gets a message and the default, never the framework's binding error (a 500).
/// </summary>
internal static class QueryNumbers
{
    /// <returns>The number, or <paramref name="fallback"/> with <paramref name="problem"/> set when the text is not a whole number in range.</returns>
    public static int Read(string? text, int fallback, int min, int max, Bilingual name, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        problem = Bilingual.T($"{name.Zh}应为 {min}–{max} 之间的整数，已改为默认值。", $"The {name.En} must be a whole number from {min} to {max}; the default is shown.");
        return fallback;
    }
}
