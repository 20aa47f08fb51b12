using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain;
using Yiwang.Carbon.Features.Footprints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Carbon.Features.Workbench;

/// <summary>
/// For an enterprise: its footprints still without data-quality ratings (PACT asks for them before exchange), counts of
/// footprints, supplier footprints and active data-exchange clients, and computing as the next step. For an admin: how
/// many footprints enterprises have computed. Three counts and the latest ten footprints.
/// </summary>
internal sealed class CarbonWorkbench(CarbonDbContext db) : IWorkbenchSource
{
    public async Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsAdmin)
            return new([], [new(new("已核算的产品碳足迹", "Product footprints computed"), Figures.Count(await db.Footprints.CountAsync(cancellationToken)), new("个", "footprints"), "/carbon", Order: 40)], []);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return WorkbenchContribution.Empty;

        var owner = uscc.Value;
        var footprints = await db.Footprints.CountAsync(f => f.OwnerUscc == owner, cancellationToken);
        var suppliers = await db.SupplierFootprints.CountAsync(s => s.OwnerUscc == owner, cancellationToken);
        var clients = await db.PactClients.CountAsync(c => c.OwnerUscc == owner && c.RevokedAtUtc == null, cancellationToken);
        var latest = await db.Footprints.AsNoTracking().Where(f => f.OwnerUscc == owner).OrderByDescending(f => f.CreatedAtUtc).Take(10)
            .Select(f => new { f.Id, f.ProductName, f.InputJson }).ToListAsync(cancellationToken);
        var unrated = latest.Where(f => !Rated(f.InputJson)).ToList();

        return new WorkbenchContribution(
            [.. unrated.Select(f => new WorkItem(new("为碳足迹评定数据质量", "Rate a footprint's data quality"), f.ProductName, $"/carbon/footprints/{f.Id}#dq",
                null, Tone.Info, new("未评估", "not assessed"), Bilingual.T("交换给客户前，按 PACT 为各项投入评分（1 好 – 3 差）", "Before exchanging it, rate each input as PACT asks (1 good – 3 poor)")))],
            [
                new(new("已核算的产品碳足迹", "Product footprints computed"), Figures.Count(footprints), new("个", "footprints"), "/carbon", Order: 40),
                new(new("供应商碳足迹", "Supplier footprints"), Figures.Count(suppliers), new("个", "footprints"), "/carbon/suppliers", Order: 41),
                new(new("有效的数据交换客户端", "Active data-exchange clients"), Figures.Count(clients), new("个", "clients"), "/carbon/pact-clients", Order: 42),
            ],
            [
                new(new("核算产品碳足迹", "Compute a product footprint"), "/carbon#templates", new("选择产品模板，填入本企业的活动数据", "Choose a product template and enter your own activity data"), Order: 40),
                new(new("导入供应商碳足迹", "Import a supplier footprint"), "/carbon/suppliers", new("用供应商的 PACT 数据替代模板的上游过程", "Use your supplier's PACT data for an upstream process"), Order: 41),
            ]);
    }

    private static bool Rated(string inputJson) =>
        !string.IsNullOrWhiteSpace(inputJson) && JsonSerializer.Deserialize<ComputeFootprintRequest>(inputJson, CarbonJson.Options)?.DataQuality is { Count: > 0 };
}
