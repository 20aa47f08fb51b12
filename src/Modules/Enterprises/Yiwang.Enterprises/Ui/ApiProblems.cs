using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Ui;

/// <summary>RFC 7807 answers with field-level messages in the caller's language.</summary>
internal static class ApiProblems
{
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: Bilingual.T("请求数据有误", "The request has invalid fields"));

    public static IResult Invalid(string field, Bilingual message) => Invalid(new() { [field] = [message.Current] });

    public static IResult Invalid(string field, CodeError error) => Invalid(field, new Bilingual(error.MessageZh, error.MessageEn));

    public static IResult NotFound(Bilingual what) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: what.Current);

    public static IResult Unprocessable(Bilingual why, string? detail = null) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: why.Current, detail: detail);
}
