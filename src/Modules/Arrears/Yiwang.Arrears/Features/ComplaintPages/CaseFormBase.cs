using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintPages;

/// <summary>
/// One action form on the case page. Each form posts the version its user saw; the command goes through the same
/// handler as the API, and the answer is either a redirect back to the case (post/redirect/get) or the handler's
/// message shown on the form with the API's status code (403, 404, 409, 422).
/// </summary>
public abstract class CaseFormBase : ComponentBase
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public long CaseId { get; set; }

    /// <summary>The version shown; the form posts it back as <c>expectedVersion</c>.</summary>
    [Parameter] public int Version { get; set; }

    protected string? Message { get; private set; }

    protected IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();

    protected CallerScope Scope => CallerScope.FromPrincipal(HttpContext.User);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected IFormCollection Form => HttpContext.Request.Form;

    protected string Field(string name) => Form[name].ToString().Trim();

    protected int? ExpectedVersion => PageParsing.Int(Field("expectedVersion"));

    /// <summary>Field errors from the handler's own checks, shown next to the fields (400, as the API answers).</summary>
    protected void Invalid(IReadOnlyDictionary<string, Bilingual> errors)
    {
        Errors = errors;
        Message = T("请更正标出的字段", "Please correct the marked fields");
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private protected void Finish(CaseCommandResult result, string done)
    {
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/complaints/{CaseId}?done={done}");
            return;
        }
        Message = result.Message?.Current;
        HttpContext.Response.StatusCode = PageParsing.StatusCode(result.Status);
    }

    protected static string T(string zh, string en) => Bilingual.T(zh, en);
}
