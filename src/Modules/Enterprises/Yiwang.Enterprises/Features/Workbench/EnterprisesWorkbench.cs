using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Enterprises.Features.Workbench;

/// <summary>
/// The register on the home page. An official (and the admin) sees the figures of the jurisdiction — enterprises in the
/// register, the share of SMEs, when it was last imported — and the next steps; an enterprise sees its own size.
/// Two small queries (counts by size, the distinct update times) whatever the register's size.
/// </summary>
internal sealed class EnterprisesWorkbench(EnterprisesDbContext db) : IWorkbenchSource
{
    public async Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsEnterprise) return await ForEnterpriseAsync(caller, cancellationToken);
        if (!caller.IsOfficial && !caller.IsAdmin) return WorkbenchContribution.Empty;

        var scope = new RegisterFilter().Apply(db.Enterprises.AsNoTracking(), caller);
        var bySize = await scope.GroupBy(e => e.Size).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var total = bySize.Sum(s => s.Count);
        var smes = bySize.Where(s => s.Key is "medium" or "small" or "micro").Sum(s => s.Count);
        // SQLite cannot take MAX of a DateTimeOffset; each import chunk shares one time, so the distinct times are few.
        var times = await scope.Select(e => e.UpdatedAt).Distinct().ToListAsync(cancellationToken);
        DateTimeOffset? lastImport = times.Count == 0 ? null : times.Max();

        WorkbenchTile[] tiles =
        [
            new(new("名录企业", "Enterprises in the register"), Figures.Count(total), new("家", ""), "/enterprises", Order: 50),
            new(new("中小企业占比", "Share of SMEs"), total == 0 ? "—" : Figures.Share((double)smes / total), null, "/enterprises/statistics", Order: 51),
            new(new("名录最近导入", "Register last imported"), lastImport is { } at ? Figures.IsoDate(Figures.BeijingDate(at)) : Bilingual.T("尚未导入", "Not yet"), null,
                "/enterprises/import", total == 0 ? Tone.Warning : Tone.Neutral, Order: 52),
        ];
        WorkbenchLink[] next =
        [
            new(new("导入企业名录", "Import the register"), "/enterprises/import",
                new("上传 Excel 或 CSV，逐家划型并报告被拒绝的行", "Upload Excel or CSV: each enterprise is classified, rejected rows are reported"), Order: 50),
            new(new("查看规模统计", "See the size statistics"), "/enterprises/statistics",
                new("辖区企业按规模、行业和地区统计", "Your jurisdiction's enterprises by size, industry and region"), Order: 51),
        ];
        return new WorkbenchContribution([], tiles, next);
    }

    private async Task<WorkbenchContribution> ForEnterpriseAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        if (caller.Enterprise is not { } uscc) return WorkbenchContribution.Empty;
        var code = uscc.Value;
        var own = await db.Enterprises.AsNoTracking().Where(e => e.Uscc == code).Select(e => new { e.Size }).FirstOrDefaultAsync(cancellationToken);
        var profile = $"/enterprises/{code}";
        var tiles = own is null
            ? Array.Empty<WorkbenchTile>()
            : [new WorkbenchTile(new("企业规模", "Enterprise size"), EnterpriseSizeText.LabelOf(own.Size).Current, null, profile, Order: 50)];
        WorkbenchLink[] next =
        [
            new(new("我的企业", "My enterprise"), profile, new("名录中的登记信息和规模判定", "The register entry and how the size was decided"), Order: 50),
            new(new("企业规模自测", "Size self-test"), "/size/self-test", new("用最新数据看看规模是否有变化", "See whether the latest figures change the size"), Order: 51),
        ];
        return new WorkbenchContribution([], tiles, next);
    }
}
