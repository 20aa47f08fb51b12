using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// The path every command on an existing case takes: load it within the caller's scope (else 404), ask
/// <see cref="ComplaintStateMachine"/> whether this caller may do this now (403, 409, 422), check the version the caller
/// saw (409), apply the transition, save it with its counts, alert and audit entries in one transaction
/// (<see cref="CaseWrite"/>), then tell the next party. The answer says what happens next.
/// </summary>
internal sealed class CaseCommands(ArrearsDbContext db, CaseWrite write, TimeProvider clock, IWorkCalendarSource calendars, ComplaintNotices notices)
{
    public static readonly Bilingual NotFoundText = new("未找到该案件或无权查看", "No such case in your scope");

    public static readonly Bilingual StaleText = new("案件已被他人更新（版本已变化），请刷新页面后再操作，您的操作未保存",
        "Someone else updated this case in the meantime (its version changed); reload it and try again — your action was not saved");

    public Task<CommandResult<CaseSummary>> RunAsync(long caseId, CallerScope scope, int? expectedVersion, CaseAction action,
        Action<ComplaintCase, CaseActor, WorkCalendar> apply, CancellationToken ct) =>
        RunAsync(caseId, scope, expectedVersion, action, (c, actor, calendar) =>
        {
            apply(c, actor, calendar);
            return Task.FromResult<CommandResult?>(null);
        }, ct);

    /// <param name="apply">
    /// Changes the case, or answers why it cannot (field errors that depend on the case, a rule of the register); null
    /// when applied. It may read more (the SME register, duplicates) before changing anything.
    /// </param>
    /// <param name="audit">Audit entries beyond those of the timeline entries the change logged (a change with no entry of its own).</param>
    public async Task<CommandResult<CaseSummary>> RunAsync(long caseId, CallerScope scope, int? expectedVersion, CaseAction action,
        Func<ComplaintCase, CaseActor, WorkCalendar, Task<CommandResult?>> apply, CancellationToken ct,
        Func<ComplaintCase, IReadOnlyList<AuditEvent>>? audit = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(apply);
        var c = await db.Cases.AsSplitQuery().Include(x => x.Contracts).Include(x => x.Deadlines).Include(x => x.Extensions)
            .Include(x => x.Installments).Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !ComplaintAccess.CanSee(scope, c)) return CommandResult.NotFound(NotFoundText).As<CaseSummary>();
        var verdict = ComplaintStateMachine.Judge(action, scope, c);
        if (verdict.Kind == VerdictKind.Forbidden) return CommandResult.Forbidden(verdict.Why).As<CaseSummary>();
        if (expectedVersion is { } seen && seen != c.Version) return CommandResult.Conflict(StaleText).As<CaseSummary>();
        if (!verdict.Allowed) return Refusal(verdict.Kind == VerdictKind.Refused ? 422 : 409, verdict.Why);

        var eventsBefore = c.Events.Count;
        var actor = new CaseActor(scope.UserId, scope.Role, clock.GetUtcNow());
        try
        {
            if (await apply(c, actor, calendars.Current) is { } failed) return failed.As<CaseSummary>();
        }
        catch (ComplaintRuleException e)
        {
            return Refusal(e.Status, e.Why);
        }
        catch (CalendarNotCoveredException e)
        {
            return CommandResult.Unprocessable(new(e.MessageZh, e.Message)).As<CaseSummary>();
        }

        var logged = c.Events.Skip(eventsBefore).ToList();
        try
        {
            await write.SaveAsync(() => [.. logged.Select(e => Audited(c, e.Action, scope.UserId)), .. audit?.Invoke(c) ?? []], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict(StaleText).As<CaseSummary>();
        }

        foreach (var e in logged) await notices.AfterAsync(c, e.Action, ct);
        return CommandResult.Of(CaseSummary.Of(c), NextStep.After(action, CaseNow.Of(c)));
    }

    /// <summary>The audit entry of a change to a case: the verb of its timeline entry, the case number (or draft id), version and status.</summary>
    public static AuditEvent Audited(ComplaintCase c, string action, string actorId, string? details = null) =>
        new("complaint." + action, c.Number ?? $"draft-{c.Id}", actorId, details ?? $"version {c.Version}; status {c.Status}");

    private static CommandResult<CaseSummary> Refusal(int status, Bilingual why) =>
        (status == 422 ? CommandResult.Unprocessable(why) : CommandResult.Conflict(why)).As<CaseSummary>();
}
