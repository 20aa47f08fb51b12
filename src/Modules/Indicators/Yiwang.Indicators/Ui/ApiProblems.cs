using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Ui;

/// <summary>RFC 7807 answers with field-level messages in the caller's language.</summary>
internal static class ApiProblems
{
    public static IResult Invalid(string field, Bilingual message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message.Current] },
            title: Bilingual.T("请求数据有误", "The request has invalid fields"));

    public static IResult Invalid(string field, CodeError error) => Invalid(field, new Bilingual(error.MessageZh, error.MessageEn));

    public static IResult UnknownIndicator(string code) => Results.Problem(statusCode: StatusCodes.Status404NotFound,
        title: Bilingual.T($"未找到指标“{code}”", $"Indicator '{code}' was not found"),
        detail: Bilingual.T("可用指标见 GET /api/v1/indicators", "See GET /api/v1/indicators for the catalogue"));
}
