using System.Globalization;
using System.Text.RegularExpressions;

namespace Yiwang.Kernel.Web.Forms;

/// <summary>
/// Figures as people type them into a form: "1250.5", "1,250.5", "-3", full-width "１２５０". Grouping commas must be in
/// thousands positions, so "12,5" (a decimal comma) is an error rather than silently 125.
/// </summary>
public static partial class FormNumbers
{
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        var s = Normalize(text);
        if (s.Length == 0 || !Plain().IsMatch(s) && !Grouped().IsMatch(s)) return false;
        return decimal.TryParse(s.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInteger(string? text, out long value)
    {
        value = 0;
        return TryParseDecimal(text, out var d) && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue && (value = (long)d) == d;
    }

    /// <summary>Full-width digits and signs to ASCII, spaces removed (a phone's Chinese keyboard types ０-９).</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var chars = text.Trim().Where(c => !char.IsWhiteSpace(c)).Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '．' or '。' => '.',
            '，' => ',',
            '－' => '-',
            '＋' => '+',
            _ => c,
        });
        return new string(chars.ToArray());
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Grouped();
}
