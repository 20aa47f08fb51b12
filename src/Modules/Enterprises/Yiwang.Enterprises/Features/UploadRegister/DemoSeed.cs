using System.Text;
using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Contracts;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BatchClassify;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Access;

namespace Yiwang.Enterprises.Features.UploadRegister;

/// <summary>
/// Demo register for a fresh embedded database: fixed enterprises in 杭州市西湖区 (so the county official and the
/// enterprise account have something to see) plus generated ones across the country, imported like any upload.
/// </summary>
internal static class DemoSeed
{
    public const int GeneratedCount = 400;

    private static readonly string[] FixedRows =
    [
        $"{DemoRegister.EnterpriseUscc},杭州西湖精密机械有限公司,330106,3411,86,4200,3100",
        "91330106MA2CFEB019,杭州西湖云数科技有限公司,330106,6513,42,1800,900",
        "91330106MA2CFEB02C,杭州西湖茶业有限公司,330106,0164,12,380,260",
        "91330106MA2CFEB03F,杭州西湖新材料股份有限公司,330106,2651,640,52000,61000",
        "91330102MA2CFEB04Q,杭州上城商贸有限公司,330102,5131,18,6100,2100",
    ];

    public static async Task SeedAsync(UploadRegisterHandler handler, EnterprisesDbContext db, CancellationToken ct)
    {
        if (await db.Enterprises.AnyAsync(ct)) return;
        var csv = new StringWriter();
        new SyntheticRegisterGenerator(seed: 2026).Write(csv, GeneratedCount, null);
        var text = new StringBuilder(csv.ToString().TrimStart('\uFEFF'));
        foreach (var row in FixedRows) text.Append(row).Append('\n');
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        await handler.ImportAsync(stream, "demo-register.csv", new CallerScope(Roles.Admin, null, null, "system:demo-seed"), ct);
    }
}
