using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>MIIT recognises (or rejects) a 小巨人 nominated by the province.</summary>
internal sealed class NationalDecisionHandler(ApplicationStore store)
{
    public async Task<CommandResult> HandleAsync(long id, ReviewDecision request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var app = await store.FindAsync(id, caller, ct);
        if (app is null) return CommandResult.NotFound();
        if (ApplicationAccess.DenyNational(caller) is { } denied) return CommandResult.Forbidden(denied);
        if (app.Status != ApplicationStatus.NationallyNominated) return CommandResult.Conflict(new Bilingual("该申请不在待国家认定状态", "The application is not awaiting MIIT"));
        string action;
        if (request.Decision == "approve")
        {
            ProvincialDecisionHandler.Recognise(app, store.Today);
            action = "recognised";
        }
        else if (request.Decision == "reject")
        {
            app.Status = ApplicationStatus.Rejected;
            action = "rejected";
        }
        else return CommandResult.Invalid("decision", new("应为 approve 或 reject", "must be approve or reject"));

        if (ApplicationStore.CheckReason(request.Reason, required: action == "rejected") is { } bad) return CommandResult.Invalid("reason", bad);
        return await store.CommitAsync(app, caller, action, request.Reason?.Trim(), ct);
    }
}
