using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Carbon.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Carbon.Features.Footprints;

internal static class DemoFootprints
{
    /// <summary>The demo enterprise of the platform seed (DemoRegister.EnterpriseUscc in the Enterprises module).</summary>
    public const string DemoUscc = "91330106MA27XW1K3Y";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<CarbonDbContext>();
        if (await db.Footprints.AnyAsync(f => f.OwnerUscc == DemoUscc, ct)) return;
        if (!Uscc.TryParse(DemoUscc, out var uscc, out _)) return;
        var caller = new CallerScope(Roles.Enterprise, uscc, null, "demo-seed");
        await services.GetRequiredService<FootprintHandler>().ComputeAsync(
            new ComputeFootprintRequest("aluminium-primary", "示例原铝锭 Demo aluminium ingot", 2025), caller, ct);
    }
}
