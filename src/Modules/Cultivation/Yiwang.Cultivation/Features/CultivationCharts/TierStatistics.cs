using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Features.Recognition;
using Yiwang.Reviews.Filings;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <param name="Counts">Tier id → recognitions granted.</param>
internal sealed record TierCountRow(string Key, string Name, IReadOnlyDictionary<string, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <param name="ByRegion">One row per region one level below the scope (only regions with recognitions).</param>
/// <param name="ByYear">One row per year of recognition, in the scope (and region filter, if any).</param>
internal sealed record TierCounts(string Region, string RegionName, int? Year, IReadOnlyList<int> Years, IReadOnlyList<TierCountRow> ByRegion, IReadOnlyList<TierCountRow> ByYear);

/// <summary>
/// Recognitions granted, by region and by year of recognition (valid-from year), per tier. A recognition later revoked
/// or expired still counts for the year it was granted: the chart answers "how many were recognised", not "how many are valid now".
/// </summary>
internal sealed class TierStatistics(ReviewQueries reviews)
{
    public static readonly string[] TierIds = ["innovative", "specialized", "littleGiant"];

    public static IReadOnlyDictionary<string, Bilingual> TierNames { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["innovative"] = new("创新型（科技和创新型）中小企业", "Innovative (tech and innovative) SMEs"),
        ["specialized"] = new("专精特新中小企业", "Specialised SMEs"),
        ["littleGiant"] = new("专精特新“小巨人”", "Little giants"),
    };

    public async Task<TierCounts> CountAsync(ChartScope scope, int? year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var prefix = scope.Prefix;
        // Grouped in the database by the full region code (a few thousand counties at most), rolled up to rows here.
        var groups = await reviews.OfChain(RecognitionChain.Current)
            .Where(a => a.ValidFrom != null && a.RegionCode.StartsWith(prefix))
            .GroupBy(a => new { a.RegionCode, Tier = a.Category, a.ValidFrom!.Value.Year })
            .Select(g => new { g.Key.RegionCode, g.Key.Tier, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        var years = groups.Select(g => g.Year).Distinct().Order().ToList();
        var inYear = year is { } y ? groups.Where(g => g.Year == y).ToList() : groups;
        var byRegion = inYear.GroupBy(g => scope.RowOf(g.RegionCode)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, ChartScope.RegionName(g.Key), g.Select(x => (x.Tier, x.Count)))).ToList();
        var byYear = groups.GroupBy(g => g.Year).OrderBy(g => g.Key)
            .Select(g => Row(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Select(x => (x.Tier, x.Count)))).ToList();
        return new TierCounts(scope.Region.Value, scope.Name, year, years, byRegion, byYear);
    }

    private static TierCountRow Row(string key, string name, IEnumerable<(string Tier, int Count)> items)
    {
        var counts = TierIds.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        foreach (var (tier, count) in items) counts[tier] = counts.GetValueOrDefault(tier) + count;
        return new TierCountRow(key, name, counts);
    }
}
