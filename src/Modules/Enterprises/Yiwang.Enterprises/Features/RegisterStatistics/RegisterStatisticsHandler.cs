using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Kernel.Access;

namespace Yiwang.Enterprises.Features.RegisterStatistics;

internal sealed record CountBy(string Key, int Count);

/// <param name="ByArea">Within one province: by city (codes ending 00); within one city: by county. Empty when the scope spans provinces.</param>
internal sealed record SizeStatistics(int Total, IReadOnlyList<CountBy> BySize, IReadOnlyList<CountBy> ByIndustryRow, IReadOnlyList<CountBy> ByProvince,
    IReadOnlyList<CountBy> ByArea)
{
    public int Smes => BySize.Where(s => s.Key is "medium" or "small" or "micro").Sum(s => s.Count);
}

/// <summary>Counts of the caller's scoped register by size, industry row, province and the level below (grouped in SQL).</summary>
internal sealed class RegisterStatisticsHandler(EnterprisesDbContext db)
{
    public async Task<SizeStatistics> ComputeAsync(RegisterFilter filter, CallerScope caller, CancellationToken ct)
    {
        var query = filter.Apply(db.Enterprises.AsNoTracking(), caller);
        var bySize = await CountAsync(query, e => e.Size, ct);
        var byRow = await CountAsync(query, e => e.IndustryRow, ct);
        var byProvince = await CountAsync(query, e => e.ProvinceCode, ct);
        List<CountBy> byArea = [];
        if (byProvince.Count == 1)
        {
            byArea = [.. (await CountAsync(query, e => e.RegionCode.Substring(0, 4), ct)).Select(c => c with { Key = c.Key + "00" })];
            if (byArea.Count == 1) byArea = await CountAsync(query, e => e.RegionCode, ct);
        }

        return new SizeStatistics(
            bySize.Sum(x => x.Count),
            [.. bySize.OrderBy(x => SizeOrder(x.Key))],
            [.. byRow.OrderByDescending(x => x.Count)],
            [.. byProvince.OrderByDescending(x => x.Count)],
            [.. byArea.OrderByDescending(x => x.Count)]);
    }

    private static async Task<List<CountBy>> CountAsync(IQueryable<EnterpriseRecord> query, Expression<Func<EnterpriseRecord, string?>> key, CancellationToken ct) =>
        [.. (await query.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).Select(x => new CountBy(x.Key ?? "uncovered", x.Count))];

    private static int SizeOrder(string size) => Array.IndexOf(["large", "medium", "small", "micro", "uncovered"], size);
}
