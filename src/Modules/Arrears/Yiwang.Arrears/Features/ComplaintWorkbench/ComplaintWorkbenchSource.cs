using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Arrears.Features.ComplaintWorkbench;

/// <summary>
/// The complaint platform's part of the signed-in home page. Enterprise: its drafts, cases waiting for it, and its other
/// open cases with their next deadline; official: 待我处理 — cases to review, forward or handle in its jurisdiction, and
/// extension requests for a department head — by deadline, with the overdue and due-soon counts; respondent: cases
/// awaiting its answer. Cheap by construction: the next few items through the running-clock index, and counts on the
/// alert column (capped).
/// </summary>
internal sealed class ComplaintWorkbenchSource(ArrearsDbContext db) : IWorkbenchSource
{
    private const int Items = 10;
    private const int CountCap = 1000;

    public Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller switch
        {
            { IsEnterprise: true } => EnterpriseAsync(caller, cancellationToken),
            { IsOfficial: true, RegionPrefix: { } prefix } => OfficialAsync(caller, prefix, cancellationToken),
            { IsRespondent: true } => RespondentAsync(caller, cancellationToken),
            _ => Task.FromResult(WorkbenchContribution.Empty),
        };
    }

    private async Task<WorkbenchContribution> EnterpriseAsync(CallerScope caller, CancellationToken ct)
    {
        var mine = db.Cases.AsNoTracking().Visible(caller);
        var waiting = await mine.Where(c => c.Status == ComplaintStatus.Draft || c.Status == ComplaintStatus.Returned || c.Status == ComplaintStatus.Resolved)
            .OrderByDescending(c => c.Id).Take(Items)
            .Select(c => new { c.Id, c.Number, c.Status, c.RespondentName }).ToListAsync(ct);
        var running = await RunningAsync(mine.Where(c => c.Status != ComplaintStatus.Resolved), ct);
        var open = await mine.Where(c => c.Status != ComplaintStatus.Draft && c.Status != ComplaintStatus.Rejected
            && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn).Take(CountCap).CountAsync(ct);
        var drafts = await mine.Where(c => c.Status == ComplaintStatus.Draft).Take(CountCap).CountAsync(ct);

        var todo = waiting.Select(c => c.Status switch
        {
            ComplaintStatus.Draft => new WorkItem(new("待完成的投诉草稿", "Draft to finish"), c.RespondentName.Length > 0 ? c.RespondentName : Bilingual.T("未填被投诉人", "No respondent yet"),
                $"/complaints/{c.Id}/edit", null, Tone.Neutral, Labels.Of(c.Status)),
            ComplaintStatus.Returned => new WorkItem(new("退回补正，待重新提交", "Returned: complete and resubmit"), Title(c.Number, c.RespondentName),
                $"/complaints/{c.Id}/edit", null, Tone.Warning, Labels.Of(c.Status)),
            _ => new WorkItem(new("处理结果待确认", "Result to confirm or object to"), Title(c.Number, c.RespondentName), $"/complaints/{c.Id}", null, Tone.Warning, Labels.Of(c.Status)),
        }).Concat(running.Where(r => r.Status != ComplaintStatus.Returned).Select(r => new WorkItem(new("我的投诉：" + Labels.Of(r.Kind).Zh + "期限", "My complaint: " + Labels.Of(r.Kind).En + " due"),
            Title(r.Number, r.RespondentName), $"/complaints/{r.Id}", r.DueOn, Tone.Neutral, Labels.Of(r.Status))));
        return new WorkbenchContribution([.. todo.Take(Items)],
        [
            new(new("进行中的投诉", "Open complaints"), Figures.Count(open), new("件", "cases"), "/complaints", Tone.Neutral, 20),
            new(new("投诉草稿", "Complaint drafts"), Figures.Count(drafts), new("件", "drafts"), "/complaints?status=Draft", drafts > 0 ? Tone.Warning : Tone.Neutral, 21),
        ],
        [
            new(new("新建投诉", "File a complaint"), "/complaints/new", new("机关、事业单位或大型企业逾期未付款的，可以在线投诉。", "When a government body, institution or large enterprise pays you late, complain online."), 20),
            new(new("计算逾期利息", "Work out late-payment interest"), "/arrears/interest", new("按第十七条计算应付的逾期利息。", "The interest owed under Art. 17."), 21),
        ]);
    }

    private async Task<WorkbenchContribution> OfficialAsync(CallerScope caller, string prefix, CancellationToken ct)
    {
        var reviewer = caller.Jurisdiction is { Level: JurisdictionLevel.Province or JurisdictionLevel.National };
        var scoped = db.Cases.AsNoTracking().Visible(caller);
        var mine = scoped.Where(c =>
            (reviewer && (c.Status == ComplaintStatus.Submitted || c.Status == ComplaintStatus.Accepted) && c.AcceptingRegion.StartsWith(prefix))
            || (c.Status == ComplaintStatus.Handling && c.HandlingRegion != null && c.HandlingRegion.StartsWith(prefix)));
        var running = await RunningAsync(mine, ct);
        var todo = running.Select(r => new WorkItem(r.Status switch
            {
                ComplaintStatus.Submitted => new("投诉受理审查", "Complaint to review"),
                ComplaintStatus.Accepted => new("投诉待转交", "Complaint to forward"),
                _ => new("投诉处理", "Complaint to handle"),
            }, Title(r.Number, r.RespondentName), $"/complaints/{r.Id}", r.DueOn, Urgency(r.Alert), Labels.Of(r.Status))).ToList();

        if (caller.IsDepartmentHead && caller.Jurisdiction is { } own)
        {
            var region = own.Value;
            var requests = await db.Set<ExtensionRequest>().AsNoTracking().Where(e => e.Decision == ExtensionDecision.Pending && e.RequestedBy != caller.UserId)
                .Join(db.Cases.AsNoTracking().Where(c => c.Status == ComplaintStatus.Handling && c.HandlingRegion == region), e => e.CaseId, c => c.Id,
                    (e, c) => new { c.Id, c.Number, c.RespondentName, e.Days })
                .OrderBy(x => x.Id).Take(Items).ToListAsync(ct);
            todo.AddRange(requests.Select(x => new WorkItem(new("延期申请待审批", "Extension request to decide"), Title(x.Number, x.RespondentName), $"/complaints/{x.Id}", null,
                Tone.Warning, null, Bilingual.T($"申请延长 {x.Days} 日", $"{x.Days} more days asked"))));
        }

        var overdue = await scoped.Where(c => c.Alert == DeadlineAlert.Overdue).Take(CountCap).CountAsync(ct);
        var dueSoon = await scoped.Where(c => c.Alert == DeadlineAlert.DueSoon).Take(CountCap).CountAsync(ct);
        return new WorkbenchContribution([.. todo.Take(Items)],
        [
            new(new("投诉已逾期", "Complaints overdue"), Count(overdue), new("件", "cases"), "/complaints?alert=overdue", overdue > 0 ? Tone.Danger : Tone.Neutral, 20),
            new(new("投诉即将到期", "Complaints due soon"), Count(dueSoon), new("件", "cases"), "/complaints?alert=due-soon", dueSoon > 0 ? Tone.Warning : Tone.Neutral, 21),
        ],
        [
            new(new("投诉统计看板", "Complaint dashboard"), "/complaints/dashboard", new("辖区内投诉的数量、金额、用时和趋势。", "Numbers, amounts, durations and trends in your jurisdiction."), 25),
        ]);
    }

    private async Task<WorkbenchContribution> RespondentAsync(CallerScope caller, CancellationToken ct)
    {
        var handling = db.Cases.AsNoTracking().Visible(caller).Where(c => c.Status == ComplaintStatus.Handling);
        var running = await RunningAsync(handling, ct);
        var count = await handling.Take(CountCap).CountAsync(ct);
        return new WorkbenchContribution(
            [.. running.Select(r => new WorkItem(new("投诉待反馈", "Complaint awaiting your answer"), Title(r.Number, null), $"/complaints/{r.Id}", r.DueOn, Urgency(r.Alert), Labels.Of(r.Status)))],
            [new(new("待反馈的投诉", "Complaints awaiting your answer"), Figures.Count(count), new("件", "cases"), "/complaints?status=Handling", count > 0 ? Tone.Warning : Tone.Neutral, 20)],
            []);
    }

    /// <summary>The next running clock of each of these cases, soonest first (the running-clock index serves it).</summary>
    private async Task<List<Running>> RunningAsync(IQueryable<ComplaintCase> cases, CancellationToken ct) =>
        [.. (await db.Deadlines.AsNoTracking().Where(d => d.MetOn == null)
            .Join(cases, d => d.CaseId, c => c.Id, (d, c) => new { c.Id, c.Number, c.RespondentName, c.Status, d.Kind, d.DueOn, d.Alert })
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(Items).ToListAsync(ct))
            .Select(r => new Running(r.Id, r.Number, r.RespondentName, r.Status, r.Kind, r.DueOn, r.Alert))];

    private static string Title(string? number, string? respondent) =>
        string.IsNullOrEmpty(respondent) ? number ?? Bilingual.T("草稿", "Draft") : $"{number} · {respondent}";

    private static Tone Urgency(DeadlineAlert alert) => alert switch { DeadlineAlert.Overdue => Tone.Danger, DeadlineAlert.DueSoon => Tone.Warning, _ => Tone.Neutral };

    private static string Count(int n) => n >= CountCap ? Figures.Count(CountCap) + "+" : Figures.Count(n);

    private sealed record Running(long Id, string? Number, string RespondentName, ComplaintStatus Status, DeadlineKind Kind, DateOnly DueOn, DeadlineAlert Alert);
}
