using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>
/// An allocation-free twin of <see cref="Uscc.TryParse"/> for the batch path (GB 32100-2015 check character).
/// On failure the caller asks the kernel for the localised message, so the two can never word errors differently.
/// </summary>
internal static class UsccCheck
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly sbyte[] ValueOf = BuildValues();

    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var s = text.Trim();
        if (s.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Value(s[i]);
            if (v < 0 || (i is >= 2 and <= 7 && !char.IsAsciiDigit(s[i]))) return false;
            sum += v * Weights[i];
        }

        var check = Value(s[17]);
        return check >= 0 && check == (31 - (sum % 31)) % 31;
    }

    public static CodeError Error(ReadOnlySpan<char> text) =>
        Uscc.TryParse(text.ToString(), out _, out var error) ? new CodeError("uscc.invalid", "统一社会信用代码无效", "Invalid USCC") : error;

    private static int Value(char c) => c < 128 ? ValueOf[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
            values[char.ToLowerInvariant(Alphabet[i])] = (sbyte)i;
        }

        return values;
    }
}
