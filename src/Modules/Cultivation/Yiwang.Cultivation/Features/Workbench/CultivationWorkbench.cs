using Yiwang.Cultivation.Features.ApplyWizard;
using Yiwang.Cultivation.Features.Recognition;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Cultivation.Features.Workbench;

/// <summary>
/// 专精特新 on the home page. An enterprise sees its applications and the step each has reached (a returned one and an
/// annual update due are its own to do) and what to do next; an official sees what awaits the own level's decision, by
/// review deadline, with the count. One page of the queue through <see cref="ApplicationQueries"/>, never whole lists.
/// </summary>
internal sealed class CultivationWorkbench(ApplicationQueries queries, ApplicationStore store) : IWorkbenchSource
{
    private const int Shown = 10;

    public async Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsEnterprise) return await ForEnterpriseAsync(caller, cancellationToken);
        if (caller.IsOfficial) return await ForOfficialAsync(caller, cancellationToken);
        return WorkbenchContribution.Empty;
    }

    private async Task<WorkbenchContribution> ForEnterpriseAsync(CallerScope caller, CancellationToken ct)
    {
        var own = await queries.ListAsync(new ApplicationFilter(PageSize: 20), caller, ct);
        var today = store.Today;
        var items = own.Items.Where(a => a.Status is not ("rejected" or "revoked" or "expired") && (a.Status != "recognised" || a.AnnualUpdateDue is not null))
            .Take(Shown).Select(a => a.Status switch
            {
                "returned" => Item(a, new("专精特新申报退回补正", "Quality-SME application returned"), null, Tone.Warning),
                "recognised" => Item(a, new("专精特新年度信息更新", "Quality-SME annual update"), a.AnnualUpdateDue, a.AnnualUpdateDue < today ? Tone.Danger : Tone.Warning),
                _ => Item(a, new("专精特新申报审核中", "Quality-SME application in review"), ReviewDeadlines.For(a), Tone.Neutral),
            }).ToList();
        WorkbenchTile[] tiles =
        [
            new(new("在办专精特新申报", "Quality-SME applications open"), Figures.Count(own.Items.Count(a => a.Status is "submitted" or "returned" or "locallyRecommended" or "nationallyNominated")),
                new("件", ""), "/cultivation/applications", Order: 60),
            new(new("有效认定", "Valid recognitions"), Figures.Count(own.Items.Count(a => a.Status == "recognised")), new("项", ""), "/cultivation/published", Order: 61),
        ];
        WorkbenchLink[] next =
        [
            new(new("申报专精特新", "Apply for quality-SME recognition"), "/cultivation/apply",
                new("按向导填写，提交前即可看到自评差距", "A guided form that shows the gaps before you apply"), Order: 60),
            new(new("数字化水平评测", "Digital-level questionnaire"), "/cultivation/digital-level",
                new("评测结果自动带入申报", "The result goes into your application"), Order: 61),
        ];
        return new WorkbenchContribution(items, tiles, next);
    }

    private async Task<WorkbenchContribution> ForOfficialAsync(CallerScope caller, CancellationToken ct)
    {
        var waiting = await queries.ListAsync(new ApplicationFilter(Queue: "mine", PageSize: 50), caller, ct);
        var today = store.Today;
        var dated = waiting.Items.Select(a => (App: a, Due: ReviewDeadlines.For(a))).OrderBy(x => x.Due ?? DateOnly.MaxValue).ToList();
        var overdue = dated.Count(x => x.Due < today);
        var items = dated.Take(Shown).Select(x => Item(x.App, new("专精特新申报审核", "Quality-SME application review"), x.Due,
            x.Due < today ? Tone.Danger : x.Due <= today.AddDays(5) ? Tone.Warning : Tone.Neutral)).ToList();
        WorkbenchTile[] tiles =
        [
            new(new("待我审核的专精特新申报", "Quality-SME applications awaiting me"), Figures.Count(waiting.Total), new("件", ""),
                "/cultivation/applications?queue=mine", waiting.Total > 0 ? Tone.Warning : Tone.Neutral, Order: 60),
            new(new("其中超过审核期限", "Of which past the review date"), Figures.Count(overdue), new("件", ""),
                "/cultivation/applications?queue=mine", overdue > 0 ? Tone.Danger : Tone.Neutral, Order: 61),
        ];
        WorkbenchLink[] next =
        [
            new(new("审核专精特新申报", "Review quality-SME applications"), "/cultivation/applications?queue=mine",
                new("按审核期限排列的待审申报", "Applications awaiting your level, by review date"), Order: 60),
            new(new("查看培育统计", "See the cultivation charts"), "/cultivation/charts",
                new("辖区各层级认定数量和数字化水平", "Recognitions by tier and digital levels in your jurisdiction"), Order: 61),
        ];
        return new WorkbenchContribution(items, tiles, next);
    }

    private static WorkItem Item(ApplicationDto a, Bilingual kind, DateOnly? due, Tone tone) =>
        new(kind, $"{a.EnterpriseName} · {a.TierName.Current}", $"/cultivation/applications/{a.Id}", due, tone, a.StatusName,
            Bilingual.T($"第 {a.Id} 号", $"No. {a.Id}"));
}
