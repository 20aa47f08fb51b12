using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.BrowseComplaints;
using Yiwang.Arrears.Features.ComplaintEvidence;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintPages;

/// <summary>
/// Filing: save a draft (new or existing), upload evidence, submit. Each form goes through the handler the API uses;
/// its field errors are shown next to the fields, in the user's language.
/// </summary>
public sealed partial class ComplaintFormPage
{
    private ComplaintDetail? detail;
    private Dictionary<string, string> values = new(StringComparer.Ordinal) { ["priorProceedings"] = "None" };
    private IReadOnlyDictionary<string, Bilingual> errors = new Dictionary<string, Bilingual>();
    private string? message;
    private bool notFound;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>NotFound() renders the host's not-found page with status 404: nothing tells "no such case" from "not yours".</summary>
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private BrowseComplaintsHandler Browse { get; set; } = default!;

    [Inject] private FileComplaintHandler Filing { get; set; } = default!;

    [Inject] private EvidenceHandler Evidence { get; set; } = default!;

    [Inject] private ArrearsDbContext Db { get; set; } = default!;

    [Parameter] public long? Id { get; set; }

    [SupplyParameterFromQuery] public string? Saved { get; set; }

    private CallerScope Scope => CallerScope.FromPrincipal(HttpContext.User);

    private static string NotFoundText => CaseCommandResult.NotFoundText.Current;

    private bool Editable => Id is null || detail is not null && (detail.AllowedActions.Contains("edit") || HttpMethods.IsPost(HttpContext.Request.Method));

    private string V(string name) => values.GetValueOrDefault(name) ?? string.Empty;

    protected override async Task OnInitializedAsync()
    {
        if (Id is not { } id) return;
        detail = await Browse.FindAsync(id, Scope, HttpContext.RequestAborted);
        var stored = detail is null ? null : await Db.Cases.AsNoTracking().Include(c => c.Contracts).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (stored is null || !ComplaintAccess.IsComplainant(Scope, stored))
        {
            notFound = true;
            Navigation.NotFound();
            return;
        }
        values = DraftFormFields.Values(DraftMapping.ToRequest(stored));
    }

    private async Task SaveAsync()
    {
        var form = HttpContext.Request.Form;
        values = DraftFormFields.Values(form);
        var reading = DraftFormFields.Read(form, PageParsing.Int(form["expectedVersion"]));
        if (reading.FormatErrors.Count > 0)
        {
            Fail(reading.FormatErrors, StatusCodes.Status400BadRequest);
            return;
        }
        if (Id is not { } id)
        {
            var (created, invalid) = await Filing.CreateDraftAsync(reading.Request, Scope, HttpContext.RequestAborted);
            if (created is null) Fail(DraftFormFields.ToRows(invalid, reading.RowOfContract), StatusCodes.Status400BadRequest);
            else Navigation.NavigateTo($"/complaints/{created.Id}/edit?saved=1");
            return;
        }
        var (result, fieldErrors) = await Filing.UpdateDraftAsync(id, reading.Request, Scope, HttpContext.RequestAborted);
        if (fieldErrors.Count > 0) Fail(DraftFormFields.ToRows(fieldErrors, reading.RowOfContract), StatusCodes.Status400BadRequest);
        else if (!result.Succeeded) Refused(result);
        else Navigation.NavigateTo($"/complaints/{id}/edit?saved=1");
    }

    private async Task UploadAsync()
    {
        var file = HttpContext.Request.Form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            Fail(new Dictionary<string, Bilingual> { ["file"] = new("请选择文件", "Choose a file") }, StatusCodes.Status400BadRequest);
            return;
        }
        if (file.Length > EvidenceInspector.MaxBytes)
        {
            Fail(new Dictionary<string, Bilingual> { ["file"] = EvidenceHandler.TooLarge }, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var (result, _) = await Evidence.UploadAsync(Id!.Value, file.FileName, buffer.ToArray(), Scope, HttpContext.RequestAborted);
        if (result.Succeeded) Navigation.NavigateTo($"/complaints/{Id}/edit?saved=1");
        else Refused(result);
    }

    private async Task SubmitAsync()
    {
        var (result, fieldErrors) = await Filing.SubmitAsync(Id!.Value, Scope, PageParsing.Int(HttpContext.Request.Form["expectedVersion"]), HttpContext.RequestAborted);
        if (fieldErrors.Count > 0) Fail(fieldErrors, StatusCodes.Status422UnprocessableEntity);
        else if (!result.Succeeded) Refused(result);
        else Navigation.NavigateTo($"/complaints/{Id}?done=submit");
    }

    private void Fail(IReadOnlyDictionary<string, Bilingual> fieldErrors, int status)
    {
        errors = fieldErrors;
        message = Bilingual.T("请更正标出的字段", "Please correct the marked fields");
        HttpContext.Response.StatusCode = status;
    }

    private void Refused(CaseCommandResult result)
    {
        message = result.Message?.Current;
        HttpContext.Response.StatusCode = PageParsing.StatusCode(result.Status);
    }
}
