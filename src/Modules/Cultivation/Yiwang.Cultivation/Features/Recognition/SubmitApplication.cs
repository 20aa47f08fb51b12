using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>POST /applications: the enterprise applies with its facts; the ruleSet defaults to the one in force today.</summary>
internal sealed record SubmitApplicationRequest(string? Tier, string? RuleSet, EnterpriseFacts? Facts, int? ExpectedVersion = null);

/// <summary>
/// An enterprise applies for a tier for itself only. The facts are evaluated at once and the result (with gaps) is
/// attached to the filing; an application that does not meet the conditions may still be filed, the reviewers decide.
/// </summary>
internal sealed class SubmitApplicationHandler(ApplicationStore store, ISmeRegister register)
{
    public async Task<CommandResult<ApplicationDto>> HandleAsync(SubmitApplicationRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc)
            return CommandResult.Forbidden(new("只有企业用户可以为本企业提出申请", "Only an enterprise user applies, for its own enterprise")).As<ApplicationDto>();

        var (result, errors) = EvaluateTierHandler.Handle(new EvaluateTierRequest(request.RuleSet, request.Tier, null, request.Facts), store.Clock);
        if (result is null) return CommandResult.Invalid(FieldErrors.From(errors)).As<ApplicationDto>();
        var enterprise = await register.FindAsync(uscc, ct);
        if (enterprise is null)
            return CommandResult.Conflict(new("企业名录中没有本企业，请先由主管部门登记", "The enterprise is not in the register yet; ask the department to register it")).As<ApplicationDto>();

        var filing = new NewFiling(result.Tier, enterprise.Name, enterprise.Region.Value, ApplicationStore.Evaluation(request.Facts!, result));
        return await store.SubmitAsync(filing, caller, ct);
    }

    /// <summary>After a return the enterprise corrects its facts and files the same application again (evaluated again).</summary>
    public async Task<CommandResult<ApplicationDto>> ResubmitAsync(long id, SubmitApplicationRequest request, CallerScope caller, CancellationToken ct) =>
        await EvaluatedStepAsync(store, id, RecognitionChain.Returned, "submit", request, caller, ct);

    /// <summary>
    /// Evaluates the facts under the application's own rule set and tier, then takes the chain step with the evaluation
    /// attached (a resubmission, an annual update). The step's checks come first, so a caller who may not act learns that
    /// before any figure is checked.
    /// </summary>
    public static async Task<CommandResult<ApplicationDto>> EvaluatedStepAsync(ApplicationStore store, long id, string fromState, string action,
        SubmitApplicationRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var filing = await store.FindAsync(id, caller, ct);
        if (filing is null) return CommandResult.NotFound(ApplicationStore.NotFoundText).As<ApplicationDto>();
        var check = store.Check(filing, new ReviewRequest(fromState, action, null, request.ExpectedVersion), caller);
        if (check is not null) return check.As<ApplicationDto>();
        var (result, errors) = EvaluateTierHandler.Handle(new EvaluateTierRequest(filing.RuleSetId, filing.Category, null, request.Facts), store.Clock);
        if (result is null) return CommandResult.Invalid(FieldErrors.From(errors)).As<ApplicationDto>();
        return await store.ActAsync(id, new ReviewRequest(fromState, action, null, request.ExpectedVersion, ApplicationStore.Evaluation(request.Facts!, result)), caller, ct);
    }
}
