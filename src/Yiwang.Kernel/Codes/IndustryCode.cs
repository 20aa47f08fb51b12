using System.Diagnostics.CodeAnalysis;

namespace Yiwang.Kernel.Codes;

/// <summary>
/// GB/T 4754-2017 国民经济行业分类 code: 门类 (a letter), 大类 (2 digits), 中类 (3) or 小类 (4).
/// A numeric code may carry its section letter in front ("C3011"); the section is derived from the division.
/// </summary>
public readonly record struct IndustryCode
{
    public string Digits { get; }
    public char Section { get; }

    private IndustryCode(char section, string digits) => (Section, Digits) = (section, digits);

    public IndustryLevel Level => Digits.Length switch
    {
        0 => IndustryLevel.Section,
        2 => IndustryLevel.Division,
        3 => IndustryLevel.Group,
        _ => IndustryLevel.Class,
    };

    /// <summary>"C", "30", "301" or "3011": the form the standard prints.</summary>
    public string Value => Digits.Length == 0 ? Section.ToString() : Digits;

    public static IndustryCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new CodeFormatException(error);

    public static bool TryParse(string? text, out IndustryCode code, [NotNullWhen(false)] out CodeError? error)
    {
        code = default;
        var span = (text ?? string.Empty).AsSpan().Trim();
        char? letter = span.Length > 0 && char.IsAsciiLetter(span[0]) ? char.ToUpperInvariant(span[0]) : null;
        var digits = letter is null ? span : span[1..];
        if (letter is not null && digits.IsEmpty)
        {
            if (letter is < 'A' or > 'T')
            {
                error = Invalid(text);
                return false;
            }

            code = new IndustryCode(letter.Value, string.Empty);
            error = null;
            return true;
        }

        if (digits.Length is < 2 or > 4 || !IsAllDigits(digits))
        {
            error = Invalid(text);
            return false;
        }

        var section = IndustrySections.SectionOfDivision(int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture));
        if (section is null || (letter is not null && letter != section))
        {
            error = Invalid(text);
            return false;
        }

        code = new IndustryCode(section.Value, digits.ToString());
        error = null;
        return true;
    }

    /// <summary>True when this code equals <paramref name="prefix"/> or lies inside it ("3011" is inside "30" and "C").</summary>
    public bool IsWithin(IndustryCode prefix) =>
        prefix.Digits.Length == 0 ? prefix.Section == Section : Digits.StartsWith(prefix.Digits, StringComparison.Ordinal);

    public override string ToString() => Value;

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static CodeError Invalid(string? text) => new("industry.format",
        $"行业代码“{text}”不是有效的GB/T 4754-2017代码（门类字母或2至4位数字）",
        $"'{text}' is not a GB/T 4754-2017 industry code (a section letter or 2 to 4 digits)");
}

public enum IndustryLevel { Section, Division, Group, Class }
