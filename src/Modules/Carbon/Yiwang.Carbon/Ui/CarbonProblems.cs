using Microsoft.AspNetCore.Http;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Ui;

/// <summary>RFC 7807 answers with field-level messages in the caller's language.</summary>
internal static class CarbonProblems
{
    public static IResult Invalid(string field, Bilingual message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message.Current] }, title: Bilingual.T("请求数据有误", "The request has invalid fields"));

    public static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Bilingual.T("未找到该碳足迹或无权查看", "No such footprint in your scope"));

    public static IResult Forbidden() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: Bilingual.T("仅企业账号可以核算和管理本企业的产品碳足迹", "Only an enterprise account can compute and manage its own product footprints"));

    public static IResult Unprocessable(ProductModelException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.Field is null
            ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: ex.Reason.Current)
            : Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Reason.Current] },
                statusCode: StatusCodes.Status422UnprocessableEntity, title: Bilingual.T("产品模型无法按所给数据建立", "The product model cannot be built from these data"));
    }
}
