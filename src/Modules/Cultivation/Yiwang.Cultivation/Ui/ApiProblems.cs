using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Ui;

/// <summary>RFC 7807 answers with field-level messages in the caller's language.</summary>
internal static class ApiProblems
{
    public static IResult Invalid(IReadOnlyDictionary<string, Bilingual> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value.Current }, StringComparer.Ordinal),
            title: Bilingual.T("请求数据有误", "The request has invalid fields"));

    public static IResult Status(int status, Bilingual detail) =>
        Results.Problem(statusCode: status, title: detail.Current, detail: detail.Current);
}
