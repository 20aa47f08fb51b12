using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// The one path every command on an existing case takes: load within the caller's scope, check the command's own
/// permission, check the version the caller saw, apply the transition, save once, audit, notify.
/// </summary>
internal sealed class CaseCommands(ArrearsDbContext db, IAuditTrail audit, TimeProvider clock, IWorkCalendarSource calendars, ComplaintNotices notices)
{
    public static readonly Bilingual StaleText = new("案件已被他人更新（版本已变化），请刷新页面后再操作，您的操作未保存",
        "Someone else updated this case in the meantime (its version changed); reload it and try again — your action was not saved");

    public async Task<CaseCommandResult> RunAsync(long caseId, CallerScope scope, int? expectedVersion, CasePermission permission,
        Action<ComplaintCase, CaseActor, WorkCalendar> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var c = await db.Cases.Include(x => x.Contracts).Include(x => x.Deadlines).Include(x => x.Extensions).Include(x => x.Installments)
            .FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken);
        if (c is null || !ComplaintAccess.CanSee(scope, c)) return CaseCommandResult.NotFound();
        if (!permission.Allows(scope, c)) return CaseCommandResult.Forbidden(permission.Denied);
        if (expectedVersion is { } seen && seen != c.Version) return CaseCommandResult.Conflict(StaleText);

        var eventsBefore = c.Events.Count;
        var actor = new CaseActor(scope.UserId, scope.Role, clock.GetUtcNow());
        try
        {
            apply(c, actor, calendars.Current);
        }
        catch (ComplaintRuleException e)
        {
            return e.Status == 422 ? CaseCommandResult.Unprocessable(e.Why) : CaseCommandResult.Conflict(e.Why);
        }
        catch (CalendarNotCoveredException e)
        {
            return CaseCommandResult.Unprocessable(new(e.MessageZh, e.Message));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseCommandResult.Conflict(StaleText);
        }

        foreach (var logged in c.Events.Skip(eventsBefore))
        {
            await audit.RecordAsync(new AuditEvent("complaint." + logged.Action, c.Number ?? $"draft-{c.Id}", scope.UserId,
                $"version {c.Version}; status {c.Status}"), cancellationToken);
            await notices.AfterAsync(c, logged.Action, cancellationToken);
        }
        return CaseCommandResult.Done(c);
    }
}

/// <summary>A command's own permission check, with the message for those it refuses.</summary>
internal sealed record CasePermission(Func<CallerScope, ComplaintCase, bool> Allows, Bilingual Denied)
{
    public static CasePermission Complainant { get; } = new(ComplaintAccess.IsComplainant,
        new("只有投诉企业本身可以进行此操作", "Only the complaining enterprise can do this"));

    public static CasePermission Reviewer { get; } = new(ComplaintAccess.CanReview,
        new("只有受理投诉部门（省级以上）在其辖区内可以进行此操作", "Only the accepting department (provincial level or above) for this case can do this"));

    public static CasePermission Handler { get; } = new(ComplaintAccess.CanHandle,
        new("只有处理投诉部门及其上级部门可以进行此操作", "Only the handling department for this case, or a department above it, can do this"));

    public static CasePermission Respondent { get; } = new(ComplaintAccess.IsRespondent,
        new("只有被投诉人本身可以进行此操作", "Only the respondent itself can do this"));
}
