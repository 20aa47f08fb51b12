using System.Diagnostics.CodeAnalysis;

namespace Yiwang.Kernel.Codes;

/// <summary>统一社会信用代码 (Unified Social Credit Code), GB 32100-2015: 18 characters, the last a check character.</summary>
public readonly record struct Uscc
{
    // GB 32100-2015 §4: the code alphabet leaves out I, O, S, V and Z to avoid confusion with digits.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public string Value { get; }

    private Uscc(string value) => Value = value;

    public static Uscc Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new CodeFormatException(error);

    public static bool TryParse(string? text, out Uscc code, [NotNullWhen(false)] out CodeError? error)
    {
        code = default;
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != 18)
        {
            error = new CodeError("uscc.length", $"统一社会信用代码应为18位，实际为{value.Length}位",
                $"A USCC has 18 characters; got {value.Length}");
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(value[i], StringComparison.Ordinal);
            if (index < 0 || (i is >= 2 and <= 7 && !char.IsAsciiDigit(value[i])))
            {
                error = new CodeError("uscc.character", $"统一社会信用代码第{i + 1}位字符“{value[i]}”无效",
                    $"USCC character {i + 1} ('{value[i]}') is not allowed there");
                return false;
            }

            sum += index * Weights[i];
        }

        var expected = Alphabet[(31 - (sum % 31)) % 31];
        if (value[17] != expected)
        {
            error = new CodeError("uscc.check", $"统一社会信用代码第18位校验码应为“{expected}”，实际为“{value[17]}”",
                $"USCC check character (position 18) should be '{expected}', got '{value[17]}'");
            return false;
        }

        code = new Uscc(value);
        error = null;
        return true;
    }

    /// <summary>Completes a 17-character body with its check character (used by generators and tests).</summary>
    public static Uscc FromBody(string body17)
    {
        ArgumentNullException.ThrowIfNull(body17);
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(body17[i], StringComparison.Ordinal) * Weights[i];
        return Parse(body17 + Alphabet[(31 - (sum % 31)) % 31]);
    }

    /// <summary>The six-digit administrative division code in positions 3–8.</summary>
    public string RegistrationRegion => Value[2..8];

    public override string ToString() => Value;
}
