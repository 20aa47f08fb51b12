using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// One command's form on the case page. It posts the version its user saw; the command goes through the same handler as
/// the API. Done: back to the case (post/redirect/get) with what happens next. Not done: the form again with everything
/// the user typed, every field error beside its field and the handler's message, answered with the API's status code.
/// </summary>
public abstract class CaseFormBase : ComponentBase
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public long CaseId { get; set; }

    /// <summary>The version shown; the form posts it back as <c>expectedVersion</c>.</summary>
    [Parameter] public int Version { get; set; }

    /// <summary>The form's name (Blazor's <c>_handler</c>), unique on the case page.</summary>
    protected abstract string FormName { get; }

    /// <summary>What the user posted to this form (empty unless this form was the one posted).</summary>
    protected FormModel Model { get; private set; } = new();

    /// <summary>Why the command was refused (stale version, wrong state, not allowed), shown on the form.</summary>
    protected string? Refusal { get; private set; }

    protected CallerScope Scope => CallerScope.FromPrincipal(HttpContext.User);

    /// <summary>The request (a file upload reads its files from it).</summary>
    protected HttpContext Http => HttpContext;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected int? ExpectedVersion => FormNumbers.TryParseInteger(Model.Value("expectedVersion"), out var v) && v is > 0 and <= int.MaxValue ? (int)v : null;

    protected override void OnInitialized()
    {
        var posted = HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType
            && HttpContext.Request.Form["_handler"] == FormName;
        if (posted) Model = FormModel.FromRequest(HttpContext);
    }

    /// <summary>The trimmed text of a posted field, null when empty.</summary>
    protected string? Text(string name) => string.IsNullOrWhiteSpace(Model.Value(name)) ? null : Model.Value(name)!.Trim();

    /// <param name="fieldErrorsHere">False when the fields are another form's (submission checks the draft form's fields).</param>
    private protected void Show(CommandResult result, CaseAction action, bool fieldErrorsHere = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(DoneUrl(action));
            return;
        }
        if (fieldErrorsHere) Model.WithErrors(result.Errors);
        Refusal = result.Message?.Current;
        HttpContext.Response.StatusCode = HttpStatus.Of(result.Status);
    }

    /// <summary>Where a done command goes: the case page, which says what happens next.</summary>
    private protected virtual string DoneUrl(CaseAction action) => $"/complaints/{CaseId}?done={action.Code()}";

    /// <summary>Errors found on the page itself (text that is not a number), shown like the handler's.</summary>
    protected void Invalid(FieldErrors errors)
    {
        Model.WithErrors(errors);
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
