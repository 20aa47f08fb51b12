using System.Globalization;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>
/// The 1-year loan prime rate history (Data/Reference/lpr-1y.csv). 保障中小企业款项支付条例 第十七条 sets the floor of an
/// agreed late-payment rate at the 1-year LPR "合同订立时", so the lookup is by contract-signing date: the latest fixing
/// published on or before that date (a contract signed on a fixing day gets that day's fixing; the time of day of
/// publication is not modelled, arrears-regulation.md §6.2).
/// </summary>
internal sealed class LprTable
{
    public const string ResourceName = "Yiwang.Arrears.Reference.lpr-1y.csv";

    private static readonly Lazy<LprTable> Embedded = new(LoadEmbedded);

    private LprTable(string source, LprFixing[] fixings)
    {
        Source = source;
        Fixings = fixings;
    }

    public static LprTable Default => Embedded.Value;

    /// <summary>Where the numbers come from (the file's <c># Source:</c> line).</summary>
    public string Source { get; }

    public IReadOnlyList<LprFixing> Fixings { get; }

    public DateOnly FirstFixing => Fixings[0].PublishDate;

    public DateOnly LastFixing => Fixings[^1].PublishDate;

    /// <summary>
    /// The last day the table certainly covers: fixings are published monthly on the 20th (later on holidays), so the
    /// last known fixing holds at least until the 19th of the following month. After that a newer fixing may exist.
    /// </summary>
    public DateOnly CoveredThrough => new DateOnly(LastFixing.Year, LastFixing.Month, 19).AddMonths(1);

    /// <summary>The fixing in force on <paramref name="date"/>.</summary>
    /// <exception cref="LprUnavailableException">The date is before the first fixing (2019-08-20).</exception>
    public LprFixing RateOn(DateOnly date)
    {
        if (date < FirstFixing)
        {
            throw new LprUnavailableException(new Bilingual(
                $"{FirstFixing:yyyy-MM-dd}之前没有贷款市场报价利率（LPR）：改革后的LPR自该日首次报价；所查日期为{date:yyyy-MM-dd}",
                $"No LPR before {FirstFixing:yyyy-MM-dd} (the first fixing of the reformed loan prime rate); the date asked was {date:yyyy-MM-dd}"));
        }

        var low = 0;
        var high = Fixings.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Fixings[mid].PublishDate <= date) low = mid;
            else high = mid - 1;
        }

        return Fixings[low];
    }

    /// <summary>True when a newer fixing than the table's last one may already apply to <paramref name="date"/>.</summary>
    public bool IsBeyondData(DateOnly date) => date > CoveredThrough;

    internal static LprTable Parse(TextReader reader, string name)
    {
        string? source = null;
        var fixings = new List<LprFixing>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("# Source:", StringComparison.Ordinal)) source = line["# Source:".Length..].Trim();
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("publish_date", StringComparison.Ordinal)) continue;
            var cells = line.Split(',');
            if (cells.Length < 2
                || !DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !decimal.TryParse(cells[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
                || percent is <= 0 or >= 100)
            {
                throw new InvalidDataException($"{name} line {lineNumber}: expected 'publish_date,lpr_1y_pct,…', got '{line}'");
            }

            if (fixings.Count > 0 && date <= fixings[^1].PublishDate)
                throw new InvalidDataException($"{name} line {lineNumber}: dates must ascend ({date:yyyy-MM-dd} after {fixings[^1].PublishDate:yyyy-MM-dd})");
            fixings.Add(new LprFixing(date, percent / 100m));
        }

        if (source is null) throw new InvalidDataException($"{name}: the '# Source:' line is missing");
        if (fixings.Count == 0) throw new InvalidDataException($"{name}: no fixings");
        return new LprTable(source, [.. fixings]);
    }

    private static LprTable LoadEmbedded()
    {
        using var stream = typeof(LprTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"Embedded resource {ResourceName} is missing from Yiwang.Arrears");
        using var reader = new StreamReader(stream);
        return Parse(reader, "Data/Reference/lpr-1y.csv");
    }
}
