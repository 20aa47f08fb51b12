using System.Globalization;

namespace Yiwang.Kernel.Text;

/// <summary>
/// A user-facing text in both UI languages. zh-CN is the default; English is chosen by the current UI culture.
/// Keeping both halves side by side makes an untranslated string impossible (see docs/adr/0003).
/// </summary>
public readonly record struct Bilingual(string Zh, string En)
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string Current => IsEnglish ? En : Zh;

    public override string ToString() => Current;

    /// <summary>Picks the current language's text; the short form used in pages.</summary>
    public static string T(string zh, string en) => IsEnglish ? en : zh;
}
