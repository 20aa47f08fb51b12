using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <summary>
/// The case page: everything the caller may see of one case, what happens next after a command, and the forms of the
/// actions <see cref="ComplaintStateMachine"/> allows this caller now. A case outside the caller's scope answers 404, as
/// the API does, so its existence is not revealed.
/// </summary>
public sealed partial class CasePage
{
    /// <summary>Which action each posted form belongs to, so a form whose action went away meanwhile still answers (409, not a bare 400).</summary>
    private static readonly Dictionary<string, CaseAction> FormActions = new(StringComparer.Ordinal)
    {
        ["case-review"] = CaseAction.Accept, ["case-forward"] = CaseAction.Forward, ["case-respond"] = CaseAction.Respond,
        ["case-step"] = CaseAction.RecordStep, ["case-extension"] = CaseAction.RequestExtension,
        ["case-extension-decision"] = CaseAction.DecideExtension, ["case-result"] = CaseAction.Resolve, ["case-confirm"] = CaseAction.Confirm,
        ["case-plan-payment"] = CaseAction.RecordPayment, ["case-contact"] = CaseAction.ViewContact, ["case-withdraw"] = CaseAction.Withdraw,
    };

    private ComplaintDetail? c;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>NotFound() renders the host's not-found page with status 404: nothing tells "no such case" from "not yours".</summary>
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private BrowseComplaintsHandler Browse { get; set; } = default!;

    [Parameter] public long Id { get; set; }

    /// <summary>The command just done (its API name), to say what happens next.</summary>
    [SupplyParameterFromQuery] public string? Done { get; set; }

    private CallerScope Scope => CallerScope.FromPrincipal(HttpContext.User);

    private string? DoneMessage => c is not null && CaseActions.TryParse(Done, out var action) ? NextStep.After(action, Now(c)).Current : null;

    protected override async Task OnInitializedAsync()
    {
        c = await Browse.FindAsync(Id, Scope, HttpContext.RequestAborted);
        if (c is null) Navigation.NotFound();
    }

    private bool Allowed(CaseAction action) =>
        c!.AllowedActions.Contains(action.Code()) || (PostedForm is { } posted && FormActions.TryGetValue(posted, out var a) && a == action);

    private string? PostedForm =>
        HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType ? HttpContext.Request.Form["_handler"].ToString() : null;

    /// <summary>The case as <see cref="NextStep"/> reads it, from what the page shows.</summary>
    private static CaseNow Now(ComplaintDetail d) => new(
        [.. d.Deadlines.Where(x => x.MetOn is null && EnumNames.TryParse<DeadlineKind>(x.Kind, out _))
            .Select(x => new RunningClock(EnumNames.Parse<DeadlineKind>(x.Kind), x.DueOn, x.Days, x.Unit == "working-days", x.Provisional))],
        d.HandlingDepartment,
        d.Extensions.Where(e => e.Decision != nameof(ExtensionDecision.Pending)).Select(e => EnumNames.TryParse<ExtensionDecision>(e.Decision, out var v) ? v : (ExtensionDecision?)null).LastOrDefault());
}
