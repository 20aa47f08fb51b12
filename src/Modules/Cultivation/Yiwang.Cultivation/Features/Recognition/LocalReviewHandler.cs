using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>初审 by the county or city department of the enterprise's region: recommend upward, return for changes, or reject.</summary>
internal sealed class LocalReviewHandler(ApplicationStore store)
{
    public async Task<CommandResult> HandleAsync(long id, ReviewDecision request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var app = await store.FindAsync(id, caller, ct);
        if (app is null) return CommandResult.NotFound();
        if (ApplicationAccess.DenyLocalReview(caller) is { } denied) return CommandResult.Forbidden(denied);
        if (app.Status != ApplicationStatus.Submitted) return CommandResult.Conflict(new Bilingual("该申请不在待初审状态", "The application is not awaiting the preliminary review"));
        var (status, action) = request.Decision switch
        {
            "recommend" => (ApplicationStatus.LocallyRecommended, "recommended"),
            "return" => (ApplicationStatus.Returned, "returned"),
            "reject" => (ApplicationStatus.Rejected, "rejected"),
            _ => (default(ApplicationStatus?), string.Empty),
        };
        if (status is null) return CommandResult.Invalid("decision", new("应为 recommend、return 或 reject", "must be recommend, return or reject"));
        if (ApplicationStore.CheckReason(request.Reason, required: status != ApplicationStatus.LocallyRecommended) is { } bad) return CommandResult.Invalid("reason", bad);
        app.Status = status.Value;
        return await store.CommitAsync(app, caller, action, request.Reason?.Trim(), ct);
    }
}
