using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Features.BrowseComplaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.ComplaintPages;

/// <summary>
/// The case page: everything the caller may see of one case, and only the action forms its <c>AllowedActions</c> name.
/// A case outside the caller's scope answers 404, as the API does, so its existence is not revealed.
/// </summary>
public sealed partial class CasePage
{
    /// <summary>Which action key each posted form belongs to, so a form whose action went away meanwhile still answers (409, not a bare 400).</summary>
    private static readonly Dictionary<string, string> FormActions = new(StringComparer.Ordinal)
    {
        ["case-review"] = "accept", ["case-forward"] = "forward", ["case-respond"] = "respond", ["case-step"] = "record-step",
        ["case-extension"] = "request-extension", ["case-extension-decision"] = "decide-extension", ["case-result"] = "resolve",
        ["case-confirm"] = "confirm", ["case-plan-payment"] = "record-payment", ["case-contact"] = "view-contact",
    };

    private ComplaintDetail? c;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>NotFound() renders the host's not-found page with status 404: nothing tells "no such case" from "not yours".</summary>
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public long Id { get; set; }

    [SupplyParameterFromQuery] public string? Done { get; set; }

    private static string CaseCommandNotFound => CaseCommandResult.NotFoundText.Current;

    private ExtensionView? PendingExtension => c?.Extensions.FirstOrDefault(e => e.Decision == "Pending");

    protected override async Task OnInitializedAsync()
    {
        c = await Browse.FindAsync(Id, CallerScope.FromPrincipal(HttpContext.User), HttpContext.RequestAborted);
        if (c is null) Navigation.NotFound();
    }

    private bool Allowed(string action) =>
        c!.AllowedActions.Contains(action) || (PostedForm is { } posted && FormActions.GetValueOrDefault(posted) == action);

    private string? PostedForm =>
        HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType ? HttpContext.Request.Form["_handler"].ToString() : null;
}
