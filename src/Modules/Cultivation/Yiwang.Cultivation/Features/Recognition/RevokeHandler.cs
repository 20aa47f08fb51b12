using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>The recognising authority withdraws a recognition, always with a reason the enterprise can read.</summary>
internal sealed class RevokeHandler(ApplicationStore store)
{
    public async Task<CommandResult> HandleAsync(long id, RevokeRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var app = await store.FindAsync(id, caller, ct);
        if (app is null) return CommandResult.NotFound();
        if (ApplicationAccess.DenyRevoke(caller, app) is { } denied) return CommandResult.Forbidden(denied);
        if (app.Status != ApplicationStatus.Recognised) return CommandResult.Conflict(new Bilingual("只有已认定的企业可以撤销", "Only a recognition can be revoked"));
        if (ApplicationStore.CheckReason(request.Reason, required: true) is { } bad) return CommandResult.Invalid("reason", bad);
        app.Status = ApplicationStatus.Revoked;
        app.RevocationReason = request.Reason!.Trim();
        return await store.CommitAsync(app, caller, "revoked", app.RevocationReason, ct);
    }
}
