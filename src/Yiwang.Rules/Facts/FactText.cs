using System.Globalization;

namespace Yiwang.Rules.Facts;

/// <summary>
/// Reads a fact from text (a CSV cell, a form field) by its schema type: numbers in invariant culture, booleans as
/// true/false, yes/no, y/n, 1/0, 是/否, enumeration members by id (case-insensitive, never by number), dates as
/// yyyy-MM-dd. An empty text means "not reported".
/// </summary>
public static class FactText
{
    /// <summary>Sets the fact from the trimmed text, clears it when the text is empty; on bad text returns the bilingual message and changes nothing.</summary>
    public static string? Apply(FactValues facts, FactDefinition fact, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(fact);
        text = text.Trim();
        if (text.IsEmpty)
        {
            facts.ClearRaw(fact.Ordinal);
            return null;
        }

        if (!TryParse(fact, text, out var value, out var error)) return error;
        facts.SetRaw(fact.Ordinal, value);
        return null;
    }

    /// <summary>The value as rules compare it, or false with the message <c>'x' 不是数字 / 'x' is not a number</c>.</summary>
    public static bool TryParse(FactDefinition fact, ReadOnlySpan<char> text, out decimal value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(fact);
        error = null;
        value = 0;
        switch (fact.Type)
        {
            case FactType.Decimal:
                // Most figures are whole numbers of up to nine digits: read those directly (the same decimal, scale 0).
                if (text.Length <= 9 && !text.ContainsAnyExceptInRange('0', '9'))
                {
                    var whole = 0;
                    foreach (var c in text) whole = whole * 10 + (c - '0');
                    value = whole;
                    return true;
                }

                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value)) return true;
                return Bad(text, "数字", "a number", out error);
            case FactType.Integer:
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
                {
                    value = i;
                    return true;
                }

                return Bad(text, "整数", "a whole number", out error);
            case FactType.Boolean:
                if (Is(text, "TRUE", "YES", "Y", "1", "是")) value = 1;
                else if (!Is(text, "FALSE", "NO", "N", "0", "否")) return Bad(text, "是/否（true/false）", "true/false (是/否)", out error);
                return true;
            case FactType.Enumeration:
                var names = string.Join("/", fact.Members.Select(m => m.Id));
                if (char.IsAsciiDigit(text[0]) || fact.Member(text.ToString()) is not { } member) return Bad(text, names, names, out error);
                value = member.Value;
                return true;
            default:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date.DayNumber;
                    return true;
                }

                return Bad(text, "日期（yyyy-MM-dd）", "a date (yyyy-MM-dd)", out error);
        }
    }

    /// <summary>The value as a form or CSV shows it: invariant number, true/false, member id, yyyy-MM-dd.</summary>
    public static string Format(FactDefinition fact, decimal value)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Type switch
        {
            FactType.Boolean => value != 0 ? "true" : "false",
            FactType.Enumeration => fact.MemberOf(value)?.Id ?? value.ToString(CultureInfo.InvariantCulture),
            FactType.Date => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static bool Is(ReadOnlySpan<char> text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool Bad(ReadOnlySpan<char> text, string zh, string en, out string error)
    {
        error = $"'{text}' 不是{zh} / '{text}' is not {en}";
        return false;
    }
}
