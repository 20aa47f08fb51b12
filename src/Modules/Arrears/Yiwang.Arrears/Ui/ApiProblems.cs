using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Ui;

/// <summary>RFC 7807 answers with field-level messages in the caller's language.</summary>
internal static class ApiProblems
{
    public static IResult Invalid(IReadOnlyDictionary<string, Bilingual> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value.Current }),
            title: Bilingual.T("请求数据有误", "The request has invalid fields"));

    public static IResult Invalid(string field, Bilingual message) => Invalid(new Dictionary<string, Bilingual> { [field] = message });

    public static IResult Unprocessable(Bilingual why) => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: why.Current);

    public static IResult Conflict(Bilingual why) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: why.Current);

    public static IResult NotFound(Bilingual what) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: what.Current);

    public static IResult Forbidden(Bilingual why) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: why.Current);

    public static IResult BodyRequired() => Invalid("body", new("请求体不能为空", "The request body is required"));
}
