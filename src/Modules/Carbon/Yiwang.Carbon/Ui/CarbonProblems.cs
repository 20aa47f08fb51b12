using Microsoft.AspNetCore.Http;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Ui;

/// <summary>The problem answers only this module gives; the common ones are <see cref="ApiProblems"/>.</summary>
internal static class CarbonProblems
{
    public static IResult NotFound() => ApiProblems.NotFound(new("未找到该碳足迹或无权查看", "No such footprint in your scope"));

    public static IResult Forbidden() =>
        ApiProblems.Forbidden(new("仅企业账号可以核算和管理本企业的产品碳足迹", "Only an enterprise account can compute and manage its own product footprints"));

    public static IResult Unprocessable(ProductModelException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.Field is null
            ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: ex.Reason.Current)
            : Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Reason.Current] },
                statusCode: StatusCodes.Status422UnprocessableEntity, title: Bilingual.T("产品模型无法按所给数据建立", "The product model cannot be built from these data"));
    }
}
