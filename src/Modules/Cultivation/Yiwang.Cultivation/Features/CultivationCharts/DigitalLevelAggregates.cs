using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <param name="Levels">Enterprises at level 0 (not yet 一级) to 4, index = level; each enterprise counted once, at its latest assessment.</param>
internal sealed record LevelRow(string Key, string Name, IReadOnlyList<int> Levels)
{
    public int Total => Levels.Sum();

    /// <summary>Share at 二级 or above: the usual target of the 数字化转型城市试点 implementation plans.</summary>
    public decimal ShareLevelTwoOrAbove => Total == 0 ? 0 : Math.Round((decimal)Levels.Skip(2).Sum() / Total, 4);
}

/// <param name="ByCity">Latest level of each enterprise today, per city of the scope.</param>
/// <param name="Progress">The same count at the end of each year (today for the current year), for the scope or the chosen city.</param>
internal sealed record DigitalLevelCounts(string Region, string RegionName, string? City, DateOnly Today, IReadOnlyList<LevelRow> ByCity, IReadOnlyList<LevelRow> Progress);

/// <summary>
/// City aggregates of the digital-level questionnaire for the 中小企业数字化转型城市试点: how many enterprises stand at each level,
/// and how that changed year by year. Assessments are placed by the region the enterprise was registered in when it answered.
/// </summary>
internal sealed class DigitalLevelAggregates(CultivationDbContext db, TimeProvider clock)
{
    public const int MaxLevel = 4;

    public static IReadOnlyList<Bilingual> LevelNames { get; } =
    [
        new("未达一级", "Below level 1"), new("一级", "Level 1"), new("二级", "Level 2"), new("三级", "Level 3"), new("四级", "Level 4"),
    ];

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public async Task<DigitalLevelCounts> CountAsync(ChartScope scope, string? city, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var prefix = scope.Prefix;
        // Small rows (one per completed questionnaire); the "latest per enterprise at a date" step is done here because
        // SQLite cannot compare DateTimeOffset in SQL.
        var rows = (await db.DigitalAssessments.AsNoTracking().Where(a => a.RegionCode != null && a.RegionCode.StartsWith(prefix))
                .Select(a => new { a.Uscc, a.RegionCode, a.Level, a.CompletedAt }).ToListAsync(ct))
            .Select(a => new Sample(a.Uscc, CityOf(a.RegionCode!), Math.Clamp(a.Level, 0, MaxLevel), DateOnly.FromDateTime(a.CompletedAt.ToOffset(ChinaOffset).DateTime), a.CompletedAt))
            .ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);
        var latest = Latest(rows, today);
        var byCity = latest.GroupBy(s => s.City).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, ChartScope.RegionName(g.Key), g)).ToList();

        var chosen = string.IsNullOrWhiteSpace(city) ? rows : rows.Where(r => r.City == city).ToList();
        var progress = new List<LevelRow>();
        if (chosen.Count > 0)
        {
            for (var year = chosen.Min(r => r.On.Year); year <= today.Year; year++)
            {
                var asOf = year == today.Year ? today : new DateOnly(year, 12, 31);
                var label = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                progress.Add(Row(label, label, Latest(chosen, asOf)));
            }
        }

        return new DigitalLevelCounts(scope.Region.Value, scope.Name, string.IsNullOrWhiteSpace(city) ? null : city, today, byCity, progress);
    }

    /// <summary>Municipalities' districts (1101xx) and ordinary counties roll up to their 4-digit city code.</summary>
    public static string CityOf(string regionCode) => regionCode[..4] + "00";

    private static List<Sample> Latest(IEnumerable<Sample> samples, DateOnly asOf) =>
        [.. samples.Where(s => s.On <= asOf).GroupBy(s => s.Uscc).Select(g => g.MaxBy(s => s.At)!)];

    private static LevelRow Row(string key, string name, IEnumerable<Sample> samples)
    {
        var levels = new int[MaxLevel + 1];
        foreach (var s in samples) levels[s.Level]++;
        return new LevelRow(key, name, levels);
    }

    private sealed record Sample(string Uscc, string City, int Level, DateOnly On, DateTimeOffset At);
}
