using System.Globalization;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.BatchClassify;

namespace Yiwang.Bench;

/// <summary>
/// ~1M realistic classifier inputs made by the same synthetic register generator as <c>yiwang generate register</c>
/// (weighted industries, log-normal sizes, ~1% not-covered codes), kept both as parsed values and as raw CSV text.
/// </summary>
internal sealed class CoreInputs
{
    public const int FieldCount = 7;

    private CoreInputs(string text, int[] fieldStarts, string[] industries, SizeFigures[] figures)
    {
        Text = text;
        FieldStarts = fieldStarts;
        Industries = industries;
        Figures = figures;
    }

    /// <summary>The CSV body (no header) the inputs were parsed from.</summary>
    public string Text { get; }

    /// <summary>Per row, FieldCount + 1 offsets into <see cref="Text"/>: field f spans [s[f], s[f+1] - 1).</summary>
    public int[] FieldStarts { get; }

    public string[] Industries { get; }

    public SizeFigures[] Figures { get; }

    public int Count => Industries.Length;

    public static CoreInputs Create(int count, int seed = 2017)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new SyntheticRegisterGenerator(seed).Write(writer, count);
        var all = writer.ToString();
        var text = all[(all.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var starts = new int[count * (FieldCount + 1)];
        var industries = new string[count];
        var figures = new SizeFigures[count];
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var pos = 0;
        for (var row = 0; row < count; row++)
        {
            var b = row * (FieldCount + 1);
            for (var f = 0; f < FieldCount; f++)
            {
                starts[b + f] = pos;
                pos = text.IndexOfAny([',', '\n'], pos) + 1;
            }

            starts[b + FieldCount] = pos;
            string Field(int f) => text[starts[b + f]..(starts[b + f + 1] - 1)];
            var code = Field(3);
            if (!interned.TryGetValue(code, out var shared)) interned[code] = shared = code;
            industries[row] = shared;
            figures[row] = new SizeFigures(
                int.Parse(Field(4), CultureInfo.InvariantCulture),
                decimal.Parse(Field(5), CultureInfo.InvariantCulture),
                decimal.Parse(Field(6), CultureInfo.InvariantCulture));
        }

        return new CoreInputs(text, starts, industries, figures);
    }

    public ReadOnlySpan<char> Field(int row, int field)
    {
        var b = (row * (FieldCount + 1)) + field;
        return Text.AsSpan(FieldStarts[b], FieldStarts[b + 1] - FieldStarts[b] - 1);
    }
}
