using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>
/// Filing: a draft (new or existing), its evidence, its submission — each through the handler the API uses (the page
/// reads nothing from the database itself). Every error shows beside its field with everything typed kept.
/// </summary>
public sealed partial class ComplaintFormPage
{
    private DraftForEditing? draft;
    private FormModel form = new FormModel().Set("priorProceedings", nameof(PriorProceedings.None));
    private string? refusal;
    private bool notFound;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>NotFound() renders the host's not-found page with status 404: nothing tells "no such case" from "not yours".</summary>
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private FileComplaintHandler Filing { get; set; } = default!;

    [Parameter] public long? Id { get; set; }

    [SupplyParameterFromQuery] public string? Done { get; set; }

    private CallerScope Scope => CallerScope.FromPrincipal(HttpContext.User);

    private string Title => Id is null ? Kernel.Text.Bilingual.T("新建投诉", "File a complaint") : Kernel.Text.Bilingual.T("修改投诉", "Edit the complaint");

    private string? DoneMessage => draft is not null && CaseActions.TryParse(Done, out var action) && action is CaseAction.Edit or CaseAction.UploadEvidence
        ? NextStep.After(action, new CaseNow([], null, null)).Current : null;

    /// <summary>A post to a draft that can no longer be edited still renders the form, so the handler answers why (409).</summary>
    private bool ShowsForm => draft is null || draft.Editable || Posted;

    private bool Posted => HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType
        && HttpContext.Request.Form["_handler"] == "complaint-draft";

    protected override async Task OnInitializedAsync()
    {
        if (Id is { } id)
        {
            draft = await Filing.FindForEditingAsync(id, Scope, HttpContext.RequestAborted);
            if (draft is null)
            {
                notFound = true;
                Navigation.NotFound();
                return;
            }
            form = DraftFormFields.Values(draft.Values);
        }
        if (Posted) form = FormModel.FromRequest(HttpContext);
    }

    private async Task SaveAsync()
    {
        int? expectedVersion = draft is not null && FormNumbers.TryParseInteger(form.Value("expectedVersion"), out var seen) ? (int)seen : null;
        var reading = DraftFormFields.Read(form, expectedVersion);
        if (reading.FormatErrors.Any)
        {
            Fail(CommandResult.Invalid(reading.FormatErrors));
            return;
        }
        var result = draft is null
            ? await Filing.CreateDraftAsync(reading.Request, Scope, HttpContext.RequestAborted)
            : await Filing.UpdateDraftAsync(draft.Id, reading.Request, Scope, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/complaints/{result.Value!.Id}/edit?done={CaseAction.Edit.Code()}");
            return;
        }
        Fail(result with { Errors = FieldRows.ToRows(result.Errors, "contracts", reading.RowOfContract) });
    }

    /// <summary>The submission's findings about the draft's own fields (stored rows map to themselves).</summary>
    private void ShowSubmissionProblems(CommandResult result) => form.WithErrors(result.Errors);

    private void Fail(CommandResult result)
    {
        form.WithErrors(result.Errors);
        refusal = result.Errors.Any ? null : result.Message?.Current;
        HttpContext.Response.StatusCode = HttpStatus.Of(result.Status);
    }
}
