using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Kernel.Access;

namespace Yiwang.Enterprises.Features.RegisterStatistics;

internal sealed record CountBy(string Key, int Count);

internal sealed record SizeStatistics(int Total, IReadOnlyList<CountBy> BySize, IReadOnlyList<CountBy> ByIndustryRow, IReadOnlyList<CountBy> ByProvince);

/// <summary>Counts of the caller's scoped register by size, industry row and province (grouped in SQL).</summary>
internal sealed class RegisterStatisticsHandler(EnterprisesDbContext db)
{
    public async Task<SizeStatistics> ComputeAsync(RegisterFilter filter, CallerScope caller, CancellationToken ct)
    {
        var query = filter.Apply(db.Enterprises.AsNoTracking(), caller);
        var bySize = await query.GroupBy(e => e.Size).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byRow = await query.GroupBy(e => e.IndustryRow).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byProvince = await query.GroupBy(e => e.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new SizeStatistics(
            bySize.Sum(x => x.Count),
            [.. bySize.Select(x => new CountBy(x.Key ?? "uncovered", x.Count)).OrderBy(x => SizeOrder(x.Key))],
            [.. byRow.Select(x => new CountBy(x.Key ?? "uncovered", x.Count)).OrderByDescending(x => x.Count)],
            [.. byProvince.Select(x => new CountBy(x.Key, x.Count)).OrderByDescending(x => x.Count)]);
    }

    private static int SizeOrder(string size) => Array.IndexOf(["large", "medium", "small", "micro", "uncovered"], size);
}
