using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// Every GB/T 4754-2017 code shape (门类 letter, 2-, 3- and 4-digit code) pre-resolved to a row, "not covered",
/// "too coarse" or "invalid", so resolving a code on the hot path is a parse of at most five chars and one array read.
/// </summary>
internal sealed class IndustryRowLookup
{
    public const short Invalid = -1;
    public const short TooCoarse = -2;
    private const short NotCoveredBase = -10;

    // Layout of the table: [0, 10000) 小类 by value, [10000, 11000) 中类, [11000, 11100) 大类, [11100, 11126) 门类 A–Z.
    private const int GroupOffset = 10_000;
    private const int DivisionOffset = 11_000;
    private const int SectionOffset = 11_100;
    private static readonly char[] SectionOfDivision = BuildSectionOfDivision();

    private readonly short[] table;

    internal IndustryRowLookup(short[] table, IReadOnlyList<NotCoveredReason> notCoveredReasons)
    {
        this.table = table;
        NotCoveredReasons = notCoveredReasons;
    }

    /// <summary>Index 0 is the generic "no row names this code"; the others come from the file.</summary>
    public IReadOnlyList<NotCoveredReason> NotCoveredReasons { get; }

    public static short NotCovered(int reasonIndex) => (short)(NotCoveredBase - reasonIndex);

    public static bool IsNotCovered(short resolution, out int reasonIndex)
    {
        reasonIndex = NotCoveredBase - resolution;
        return resolution <= NotCoveredBase;
    }

    /// <summary>Row index (≥ 0), or <see cref="Invalid"/>, <see cref="TooCoarse"/>, or a not-covered code.</summary>
    public short Resolve(ReadOnlySpan<char> text)
    {
        var index = TableIndex(text);
        return index < 0 ? Invalid : table[index];
    }

    /// <summary>Where <paramref name="text"/> sits in the table, or -1 when it is not a GB/T 4754-2017 code shape.</summary>
    public static int TableIndex(ReadOnlySpan<char> text)
    {
        var span = text.Trim();
        if (span.IsEmpty) return -1;
        var letter = '\0';
        if (char.IsAsciiLetter(span[0]))
        {
            letter = char.ToUpperInvariant(span[0]);
            span = span[1..];
            if (span.IsEmpty) return letter is >= 'A' and <= 'T' ? SectionOffset + (letter - 'A') : -1;
        }

        if (span.Length is < 2 or > 4) return -1;
        var value = 0;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = (value * 10) + (c - '0');
        }

        var division = span.Length switch { 2 => value, 3 => value / 10, _ => value / 100 };
        var section = SectionOfDivision[division];
        if (section == '\0' || (letter != '\0' && letter != section)) return -1;
        return span.Length switch { 2 => DivisionOffset + value, 3 => GroupOffset + value, _ => value };
    }

    internal static int TableSize => SectionOffset + 26;

    /// <summary>All valid code texts with their table index, for building the table.</summary>
    internal static IEnumerable<(string Code, int Index)> AllCodes()
    {
        for (var s = 'A'; s <= 'T'; s++) yield return (s.ToString(), SectionOffset + (s - 'A'));
        for (var d = 1; d < 100; d++)
        {
            if (SectionOfDivision[d] == '\0') continue;
            yield return (d.ToString("00", System.Globalization.CultureInfo.InvariantCulture), DivisionOffset + d);
            for (var g = 0; g < 10; g++)
            {
                var group = (d * 10) + g;
                yield return (group.ToString("000", System.Globalization.CultureInfo.InvariantCulture), GroupOffset + group);
                for (var c = 0; c < 10; c++)
                {
                    var cls = (group * 10) + c;
                    yield return (cls.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), cls);
                }
            }
        }
    }

    internal static char SectionOf(string code) =>
        char.IsAsciiLetter(code[0]) ? code[0] : SectionOfDivision[int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture)];

    // The kernel owns the 门类 ↔ 大类 ranges; ask it once per division rather than copying them.
    private static char[] BuildSectionOfDivision()
    {
        var sections = new char[100];
        for (var d = 1; d < 100; d++)
        {
            var text = d.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (IndustryCode.TryParse(text, out var code, out _)) sections[d] = code.Section;
        }

        return sections;
    }
}

/// <summary>Why a code is outside the rule set, shown in explanations and the batch errors file.</summary>
internal sealed record NotCoveredReason(string Code, string ReasonZh, string ReasonEn);
