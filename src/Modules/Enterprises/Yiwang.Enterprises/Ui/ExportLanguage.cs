using System.Globalization;

namespace Yiwang.Enterprises.Ui;

/// <summary>
/// The language of a download: Chinese unless <c>?lang=en</c>, whatever the page's language, so a file handed on to a
/// colleague reads the same. Sets the culture for the synchronous writing of the file and puts the request's back.
/// </summary>
internal sealed class ExportLanguage : IDisposable
{
    private readonly CultureInfo ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    private ExportLanguage(bool english)
    {
        var chosen = CultureInfo.GetCultureInfo(english ? "en" : "zh-CN");
        CultureInfo.CurrentUICulture = chosen;
        CultureInfo.CurrentCulture = chosen;
    }

    /// <summary>null, "zh" or "zh-CN" → Chinese; "en" → English; anything else → false.</summary>
    public static bool TryParse(string? lang, out bool english)
    {
        english = string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);
        return english || string.IsNullOrEmpty(lang) || string.Equals(lang, "zh", StringComparison.OrdinalIgnoreCase)
               || string.Equals(lang, "zh-CN", StringComparison.OrdinalIgnoreCase);
    }

    public static ExportLanguage Use(bool english) => new(english);

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = ui;
        CultureInfo.CurrentCulture = culture;
    }
}
