using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Ui;

/// <summary>The problem answers only this module gives; the common ones are <see cref="ApiProblems"/>.</summary>
internal static class IndicatorProblems
{
    public static IResult UnknownIndicator(string code) => ApiProblems.Status(StatusCodes.Status404NotFound,
        new($"未找到指标“{code}”", $"Indicator '{code}' was not found"),
        Bilingual.T("可用指标见 GET /api/v1/indicators", "See GET /api/v1/indicators for the catalogue"));

    /// <summary>Two writers changed the same value at once; the loser retries on the new state.</summary>
    public static IResult Conflict() => ApiProblems.Conflict(new("数据刚被其他人修改，请刷新后重试", "The data were changed by someone else just now; reload and try again"));

    /// <summary>403 naming the lines that write to series the caller does not own; nothing was written.</summary>
    public static IResult ForbiddenSeries(IReadOnlyList<int> lines) => ApiProblems.Status(StatusCodes.Status403Forbidden,
        new("无权写入这些数据序列", "You may not write to these series"),
        lines.Count == 0
            ? Bilingual.T("只有全国或省级统计主管部门的工作人员可以导入或修订指标数据。", "Only national or provincial officials may import or correct indicator data.")
            : Bilingual.T($"第 {string.Join("、", lines.Take(20))} 行属于您辖区以外的数据序列（全国序列由国家部门维护，省级序列由本省维护）；整个文件未导入。",
                $"Lines {string.Join(", ", lines.Take(20))} belong to series outside your jurisdiction (national series are kept nationally, provincial ones by the province); nothing was imported."));
}
