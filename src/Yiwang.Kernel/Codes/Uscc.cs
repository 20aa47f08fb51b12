using System.Diagnostics.CodeAnalysis;

namespace Yiwang.Kernel.Codes;

/// <summary>统一社会信用代码 (Unified Social Credit Code), GB 32100-2015: 18 characters, the last a check character.</summary>
public readonly record struct Uscc
{
    // GB 32100-2015 §4: the code alphabet leaves out I, O, S, V and Z to avoid confusion with digits;
    // a character's value is its index here (A = 10 ... Y = 30).
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015 §5: weight of position i is 3^(i-1) mod 31; check = 31 - (Σ value × weight mod 31), 31 → 0.
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
            error = LengthError(value.Length, 18);
            return false;
        }

        if (!TryComputeCheck(value.AsSpan(0, 17), out var expected, out error)) return false;

        if (value[17] != expected)
        {
            error = new CodeError("uscc.check", $"统一社会信用代码第18位校验码应为“{expected}”，实际为“{value[17]}”",
                $"USCC check character (position 18) should be '{expected}', got '{value[17]}'");
            return false;
        }

        code = new Uscc(value);
        return true;
    }

    /// <summary>Completes a 17-character body with its check character (used by generators and tests).</summary>
    public static Uscc FromBody(string body17)
    {
        ArgumentNullException.ThrowIfNull(body17);
        var body = body17.Trim().ToUpperInvariant();
        if (body.Length != 17) throw new CodeFormatException(LengthError(body.Length, 17));
        return TryComputeCheck(body, out var check, out var error) ? Parse(body + check) : throw new CodeFormatException(error);
    }

    /// <summary>The six-digit administrative division code in positions 3–8 (the region of first registration).</summary>
    public string RegistrationRegion => Value[2..8];

    public override string ToString() => Value;

    private static bool TryComputeCheck(ReadOnlySpan<char> body, out char check, [NotNullWhen(false)] out CodeError? error)
    {
        check = default;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            // Positions 3–8 carry the GB/T 2260 region code, so only digits are allowed there.
            if (index < 0 || (i is >= 2 and <= 7 && index > 9))
            {
                error = new CodeError("uscc.character", $"统一社会信用代码第{i + 1}位字符“{body[i]}”无效",
                    $"USCC character {i + 1} ('{body[i]}') is not allowed there");
                return false;
            }

            sum += index * Weights[i];
        }

        check = Alphabet[(31 - (sum % 31)) % 31];
        error = null;
        return true;
    }

    private static CodeError LengthError(int actual, int expected) => expected == 18
        ? new("uscc.length", $"统一社会信用代码应为18位，实际为{actual}位", $"A USCC has 18 characters; got {actual}")
        : new("uscc.length", $"统一社会信用代码主体应为17位，实际为{actual}位", $"A USCC body has 17 characters; got {actual}");
}
