using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web;

/// <summary>
/// RFC 7807 answers in the caller's language (the request culture picks zh-CN or en from each <see cref="Bilingual"/>),
/// shared by every module so that a 400 looks the same whichever endpoint gave it.
/// </summary>
public static class ApiProblems
{
    private static readonly Bilingual InvalidTitle = new("请求数据有误", "The request has invalid fields");

    /// <summary>400 with one message per field, keyed by the field's JSON path (e.g. <c>contracts[0].signedOn</c>).</summary>
    public static IResult Invalid(IReadOnlyDictionary<string, Bilingual> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value.Current }, StringComparer.Ordinal), title: InvalidTitle.Current);
    }

    /// <summary>400 with messages already in the caller's language.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) => Results.ValidationProblem(errors, title: InvalidTitle.Current);

    public static IResult Invalid(string field, Bilingual message) => Invalid(new Dictionary<string, Bilingual>(StringComparer.Ordinal) { [field] = message });

    public static IResult InvalidCode(string field, CodeError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Invalid(new Dictionary<string, Bilingual>(StringComparer.Ordinal) { [field] = new(error.MessageZh, error.MessageEn) });
    }

    public static IResult BodyRequired() => Invalid("body", new("请求体不能为空", "The request body is required"));

    public static IResult NotFound(Bilingual what) => Status(StatusCodes.Status404NotFound, what);

    public static IResult Forbidden(Bilingual why) => Status(StatusCodes.Status403Forbidden, why);

    /// <summary>409: the state changed under the caller (a concurrent update, or a step the case is no longer in).</summary>
    public static IResult Conflict(Bilingual why) => Status(StatusCodes.Status409Conflict, why);

    /// <summary>422: well-formed, but a rule refuses it; <paramref name="detail"/> says what would be accepted.</summary>
    public static IResult Unprocessable(Bilingual why, string? detail = null) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: why.Current, detail: detail);

    public static IResult Status(int status, Bilingual title, string? detail = null) => Results.Problem(statusCode: status, title: title.Current, detail: detail);
}
