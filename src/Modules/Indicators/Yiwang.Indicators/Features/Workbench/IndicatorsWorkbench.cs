using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Indicators.Features.Workbench;

/// <summary>
/// For the statistics officials who keep series (national and provincial): the targets of their scope that are behind,
/// by deadline; when they last imported; and the import as the next step. Two index reads and one of the recent values.
/// </summary>
internal sealed class IndicatorsWorkbench(IndicatorCatalogue catalogue, ObservationStore store) : IWorkbenchSource
{
    public async Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!SeriesAccess.OwnsAnySeries(caller)) return WorkbenchContribution.Empty;
        var region = caller.Jurisdiction!.Value.Value;
        var lastChange = await store.LastOfficialChangeAsync(region, cancellationToken);
        var withData = await store.IndicatorsWithDataAsync(region, cancellationToken);
        var behind = await BehindAsync(region, cancellationToken);

        var tiles = new List<WorkbenchTile>
        {
            new(new("最近一次导入或更正", "Last import or correction"), lastChange is { } at ? Figures.Date(Figures.BeijingDate(at)) : Bilingual.T("尚未导入", "none yet"),
                Href: "/indicators/import", Tone: lastChange is null ? Tone.Warning : Tone.Neutral, Order: 60),
            new(new("有数据的指标", "Indicators with data"), Figures.Count(withData), new("项", "indicators"), "/indicators", Order: 61),
        };
        if (region == IndicatorCatalogue.NationalRegion)
            tiles.Add(new(new("落后于目标的指标", "Targets behind"), Figures.Count(behind.Count), new("项", "targets"), "/indicators/brief",
                behind.Count > 0 ? Tone.Warning : Tone.Success, Order: 62));

        return new WorkbenchContribution(
            [.. behind.Take(10).Select(b => new WorkItem(new("指标落后于目标", "Indicator behind its target"), b.Indicator.Name.Current,
                $"/indicators/{b.Indicator.Code}", b.Progress.Target.Deadline, b.Progress.Status == ProgressStatus.Missed ? Tone.Danger : Tone.Warning,
                Labels.Of(b.Progress.Status), IndicatorText.Target(b.Indicator, b.Progress.Target)))],
            tiles,
            [
                new(new("导入指标数据", "Import indicator data"), "/indicators/import",
                    new("上传本月的统计数据或更正已发布的数值", "Upload this month's statistics or correct published values"), Order: 60),
                new(new("查看月度简报", "Read the monthly brief"), "/indicators/brief", new("本月数值和有风险的目标", "The month's values and the targets at risk"), Order: 61),
            ]);
    }

    /// <summary>The targets set for the region that are at risk or missed, nearest deadline first.</summary>
    private async Task<List<(Indicator Indicator, TargetProgress Progress)>> BehindAsync(string region, CancellationToken ct)
    {
        var targeted = catalogue.Indicators.Where(i => catalogue.TargetsFor(i.Code, region).Count > 0).ToList();
        if (targeted.Count == 0) return [];
        var recent = await store.RecentAsync(region, [.. targeted.Select(i => i.Code)], ProgressCalculator.TrendWindow, ct);
        return [.. targeted.SelectMany(i => catalogue.TargetsFor(i.Code, region)
                .Select(t => (Indicator: i, Progress: ProgressCalculator.Evaluate(i, t, recent.GetValueOrDefault(i.Code) ?? []))))
            .Where(x => x.Progress.Status is ProgressStatus.AtRisk or ProgressStatus.Missed)
            .OrderBy(x => x.Progress.Target.Deadline)];
    }
}
