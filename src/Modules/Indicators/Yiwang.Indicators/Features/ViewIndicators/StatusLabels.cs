using Yiwang.Indicators.Domain.Progress;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ViewIndicators;

internal static class StatusLabels
{
    public static string Name(ProgressStatus status) => status switch
    {
        ProgressStatus.Reached => Bilingual.T("已达到", "Reached"),
        ProgressStatus.OnTrack => Bilingual.T("按计划", "On track"),
        ProgressStatus.AtRisk => Bilingual.T("有风险", "At risk"),
        ProgressStatus.Missed => Bilingual.T("未达到", "Missed"),
        _ => Bilingual.T("数据不足", "Insufficient data"),
    };

    public static string Color(ProgressStatus status) => status switch
    {
        ProgressStatus.Reached => "#067647",
        ProgressStatus.OnTrack => "#1d4ed8",
        ProgressStatus.AtRisk or ProgressStatus.Missed => "#b42318",
        _ => "#667085",
    };
}
