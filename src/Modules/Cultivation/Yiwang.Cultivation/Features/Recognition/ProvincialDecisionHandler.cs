using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The province recognises 创新型 / 专精特新中小企业 (valid three years from the decision) and nominates 小巨人 candidates to
/// MIIT; it may also return or reject. tiered-cultivation.md §2.1 and §5.
/// </summary>
internal sealed class ProvincialDecisionHandler(ApplicationStore store)
{
    public const int ValidityYears = 3;

    public async Task<CommandResult> HandleAsync(long id, ReviewDecision request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var app = await store.FindAsync(id, caller, ct);
        if (app is null) return CommandResult.NotFound();
        if (ApplicationAccess.DenyProvincial(caller) is { } denied) return CommandResult.Forbidden(denied);
        if (app.Status != ApplicationStatus.LocallyRecommended) return CommandResult.Conflict(new Bilingual("该申请不在待省级审核状态", "The application is not awaiting the province"));
        var littleGiant = app.Tier == ApplicationAccess.LittleGiant;
        string action;
        switch (request.Decision)
        {
            case "approve" when !littleGiant:
                Recognise(app, store.Today);
                action = "recognised";
                break;
            case "recommend" when littleGiant:
                app.Status = ApplicationStatus.NationallyNominated;
                action = "nominated";
                break;
            case "return":
                app.Status = ApplicationStatus.Returned;
                action = "returned";
                break;
            case "reject":
                app.Status = ApplicationStatus.Rejected;
                action = "rejected";
                break;
            default:
                return CommandResult.Invalid("decision", littleGiant
                    ? new("小巨人申请应为 recommend（推荐至工业和信息化部）、return 或 reject", "for a little giant: recommend (to MIIT), return or reject")
                    : new("应为 approve、return 或 reject", "must be approve, return or reject"));
        }

        if (ApplicationStore.CheckReason(request.Reason, required: action is "returned" or "rejected") is { } bad) return CommandResult.Invalid("reason", bad);
        return await store.CommitAsync(app, caller, action, request.Reason?.Trim(), ct);
    }

    /// <summary>Validity runs three years from the day of recognition, the last day included.</summary>
    public static void Recognise(ApplicationRecord app, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Status = ApplicationStatus.Recognised;
        app.ValidFrom = today;
        app.ValidUntil = today.AddYears(ValidityYears).AddDays(-1);
    }
}
