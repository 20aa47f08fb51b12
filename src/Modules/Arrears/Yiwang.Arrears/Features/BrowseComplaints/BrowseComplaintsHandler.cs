using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Privacy;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <summary>Lists and case views, always through <see cref="ComplaintAccess.Visible"/>; personal data masked except in the audited contact view.</summary>
internal sealed class BrowseComplaintsHandler(ArrearsDbContext db, TimeProvider clock)
{
    public const int CountCap = 10_000;

    public const int MaxPageSize = 200;

    /// <summary>The furthest page anyone can ask for: the count stops at <see cref="CountCap"/>, so no page lies beyond.</summary>
    public const int MaxPage = CountCap;

    public async Task<ComplaintPage> ListAsync(ComplaintFilter filter, int page, int pageSize, CallerScope scope, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, MaxPage);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Filter(db.Cases.AsNoTracking().Visible(scope), filter);
        // Counting stops at CountCap: an exact count of a national list of a million cases costs a full index scan on
        // every page view, and nobody pages that far (the list shows "10,000+").
        var total = await query.Take(CountCap + 1).CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new
            {
                c.Id, c.Number, c.Status, c.ComplainantName, c.WithholdIdentity, c.RespondentName, c.RespondentType, c.AcceptingRegion,
                c.HandlingRegion, c.AmountOwedYuan, c.SubmittedOn, c.ContactName, c.ContactPhone,
            })
            .ToListAsync(ct);
        // The next running deadline, read for this page's cases only (a correlated "first per case" over all running
        // deadlines is what made the list slow at scale).
        var ids = rows.Select(r => r.Id).ToList();
        var running = await db.Deadlines.AsNoTracking().Where(d => ids.Contains(d.CaseId) && d.MetOn == null)
            .Select(d => new { d.CaseId, d.DueOn, d.Alert }).ToListAsync(ct);
        var next = running.GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.MinBy(d => d.DueOn)!);
        var items = rows.Select(c =>
        {
            var due = next.GetValueOrDefault(c.Id);
            return new ComplaintListItem(c.Id, c.Number, c.Status.ToString(), Labels.Of(c.Status).Current,
                scope.IsRespondent && c.WithholdIdentity ? null : c.ComplainantName, c.RespondentName, c.RespondentType.ToString(),
                c.AcceptingRegion, c.HandlingRegion, c.AmountOwedYuan, c.SubmittedOn, due?.DueOn, due?.Alert.ToString(),
                scope.IsRespondent ? string.Empty : $"{Mask.Name(c.ContactName)} {Mask.Phone(c.ContactPhone)}".Trim());
        }).ToList();
        return new ComplaintPage(items, page, pageSize, Math.Min(total, CountCap), total > CountCap);
    }

    public async Task<ComplaintDetail?> FindAsync(long id, CallerScope scope, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().AsSplitQuery().Include(x => x.Contracts).Include(x => x.Deadlines).Include(x => x.Events)
            .Include(x => x.Extensions).Include(x => x.Installments).Include(x => x.Evidence)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null || !ComplaintAccess.CanSee(scope, c) ? null : ToDetail(c, scope);
    }

    private static IQueryable<ComplaintCase> Filter(IQueryable<ComplaintCase> query, ComplaintFilter f)
    {
        if (EnumNames.TryParse<ComplaintStatus>(f.Status, out var status)) query = query.Where(c => c.Status == status);
        if (f.Region is { Length: 6 } region)
        {
            var prefix = region.EndsWith("0000", StringComparison.Ordinal) ? region[..2] : region.EndsWith("00", StringComparison.Ordinal) ? region[..4] : region;
            if (region != "000000")
                query = query.Where(c => c.AcceptingRegion.StartsWith(prefix) || (c.HandlingRegion != null && c.HandlingRegion.StartsWith(prefix)));
        }
        if (f.Alert is "overdue" or "due-soon")
        {
            var alert = f.Alert == "overdue" ? DeadlineAlert.Overdue : DeadlineAlert.DueSoon;
            query = query.Where(c => c.Alert == alert); // the case's copy of its running clock's alert (CaseAlertSync)
        }
        if (!string.IsNullOrWhiteSpace(f.Query))
        {
            var q = f.Query.Trim();
            query = query.Where(c => (c.Number != null && c.Number.Contains(q)) || c.RespondentName.Contains(q));
        }
        return query;
    }

    private ComplaintDetail ToDetail(ComplaintCase c, CallerScope scope)
    {
        var today = CaseActor.ChinaDate(clock.GetUtcNow());
        var hide = ComplaintAccess.HidesComplainant(scope, c);
        var complainant = hide ? null : new ComplainantView(c.ComplainantUscc, c.ComplainantName, c.ComplainantSize,
            scope.IsRespondent ? string.Empty : Mask.Name(c.ContactName), scope.IsRespondent ? string.Empty : Mask.Phone(c.ContactPhone));
        var events = c.Events.Where(e => !scope.IsRespondent || e.VisibleToRespondent).OrderBy(e => e.Id)
            .Select(e => new EventView(e.At, e.ActorRole, e.Action, e.Note)).ToList();
        // The size check is the complainant's own figures (industry, employees, revenue): withheld with its identity (第二十条).
        string[] sizeCheck = hide || c.SizeCheckExplanation is null ? [] :
            [.. (JsonSerializer.Deserialize<string[][]>(c.SizeCheckExplanation) ?? []).Select(l => Bilingual.IsEnglish ? l[1] : l[0])];
        return new ComplaintDetail(c.Id, c.Number, c.Status.ToString(), Labels.Of(c.Status).Current, c.Version, complainant,
            new RespondentView(c.RespondentName, c.RespondentUscc, c.RespondentType.ToString(), Labels.Of(c.RespondentType).Current,
                c.RespondentRegion, c.RespondentIsCentral),
            [.. c.Contracts.OrderBy(k => k.Id).Select(k => new ContractView(k.Number, k.SignedOn, k.AmountYuan, k.DeliveredOn, k.AcceptedOn, k.AgreedTermDays, k.AgreedAnnualRate))],
            c.AmountOwedYuan, c.PaymentsReceivedYuan, c.PriorProceedings.ToString(), c.Description, c.WithholdIdentity,
            c.AcceptingRegion, c.HandlingRegion, c.HandlingDepartment, c.RoutingRule, c.ReturnNote,
            c.RejectionReason?.ToString(), c.RejectionNote, c.PossibleDuplicates?.Split(',') ?? [],
            c.Outcome?.ToString(), c.RecoveredYuan, c.ResultFeedback, c.Reopened, c.ExtensionDaysGranted,
            [.. c.Deadlines.OrderBy(d => d.Id).Select(d => new DeadlineView(d.Kind.ToString(), Labels.Of(d.Kind).Current, d.StartOn, d.Days, d.Unit,
                d.DueOn, Bilingual.IsEnglish ? d.RuleEn : d.RuleZh, d.CalendarVersion, d.MetOn, d.Alert.ToString(), d.IsRunning && ComplaintClocks.IsProvisional(d)))],
            events,
            [.. c.Extensions.OrderBy(e => e.Id).Select(e => new ExtensionView(e.Id, e.Days, e.Reason, e.RequestedAt, e.Decision.ToString(), e.DecisionNote))],
            [.. c.Installments.OrderBy(i => i.Sequence).Select(i => new InstallmentView(i.Sequence, i.DueOn, i.AmountYuan, i.PaidOn, i.PaidYuan, i.IsOverdueOn(today)))],
            scope.IsRespondent ? [] : [.. c.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceView(e.Id, e.FileName, e.ContentType, e.SizeBytes, e.Sha256, e.UploadedAt))],
            sizeCheck, [.. ComplaintStateMachine.AllowedActions(scope, c).Select(a => a.Code())]);
    }
}
