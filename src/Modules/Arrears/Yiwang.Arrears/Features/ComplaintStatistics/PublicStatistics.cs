using Microsoft.Extensions.Caching.Memory;
using Yiwang.Kernel.Codes;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// The public transparency figures: nationwide aggregates only — no case numbers, names, USCCs or regions below the
/// whole country. Small-cell suppression: a group (a status, a respondent type, a month) with 1–4 cases is published as
/// null, amounts included; when only one group of a table would be hidden, the next smallest is hidden too, so it cannot
/// be worked out from the total. Cached for a few minutes: the page is anonymous (the figures come from the counts table).
/// </summary>
internal sealed class PublicStatistics(ComplaintStatisticsService statistics, IMemoryCache cache)
{
    public const int MinimumGroup = 5;
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);
    private const string CacheKey = "arrears.public-statistics";

    public static readonly (string Zh, string En) Note = (
        $"仅公布汇总数字，不含任何案件详情、企业名称或代码。少于 {MinimumGroup} 件的分组不公布（显示为“<{MinimumGroup}”），以免识别出具体企业。",
        $"Aggregates only: no case details, names or codes. Groups of fewer than {MinimumGroup} cases are not published (shown as \"<{MinimumGroup}\") so that no enterprise can be identified.");

    public async Task<PublicComplaintStatistics> GetAsync(CancellationToken ct)
    {
        if (!cache.TryGetValue(CacheKey, out ComplaintStatistics? all) || all is null)
        {
            all = await statistics.ComputeAsync(new StatisticsRequest(RegionCode.National, null, null), "public", ct);
            cache.Set(CacheKey, all, CacheFor);
        }
        return From(all);
    }

    /// <summary>Forgets the cached figures (tests, and after a bulk import).</summary>
    public void Invalidate() => cache.Remove(CacheKey);

    public static PublicComplaintStatistics From(ComplaintStatistics all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var enough = all.Total >= MinimumGroup;
        return new PublicComplaintStatistics(all.Today, enough ? all.Total : null, enough ? all.ClaimedYuan : null, enough ? all.RecoveredYuan : null,
            Suppress(all.ByStatus), Suppress(all.ByRespondentType),
            [.. SuppressMonths(all.Monthly)], MinimumGroup, Kernel.Text.Bilingual.T(Note.Zh, Note.En));
    }

    private static List<PublicStatRow> Suppress(IReadOnlyList<StatRow> rows)
    {
        var hidden = Hidden(rows.Select(r => r.Count).ToList());
        return [.. rows.Select((r, i) => hidden.Contains(i)
            ? new PublicStatRow(r.Key, r.LabelZh, r.LabelEn, null, null)
            : new PublicStatRow(r.Key, r.LabelZh, r.LabelEn, r.Count, r.RecoveredYuan))];
    }

    private static IEnumerable<MonthStat> SuppressMonths(IReadOnlyList<MonthStat> months)
    {
        var filed = Hidden([.. months.Select(m => m.Filed ?? 0)]);
        var closed = Hidden([.. months.Select(m => m.Closed ?? 0)]);
        return months.Select((m, i) => new MonthStat(m.Month, filed.Contains(i) ? null : m.Filed, closed.Contains(i) ? null : m.Closed));
    }

    /// <summary>Indexes of cells to hide: every 1–4, plus the smallest other non-zero cell when only one would be hidden.</summary>
    internal static HashSet<int> Hidden(IReadOnlyList<int> counts)
    {
        var hidden = counts.Select((c, i) => (c, i)).Where(x => x.c is > 0 and < MinimumGroup).Select(x => x.i).ToHashSet();
        if (hidden.Count == 1)
        {
            var next = counts.Select((c, i) => (c, i)).Where(x => x.c > 0 && !hidden.Contains(x.i)).OrderBy(x => x.c).Select(x => (int?)x.i).FirstOrDefault();
            if (next is { } index) hidden.Add(index);
        }
        return hidden;
    }
}
