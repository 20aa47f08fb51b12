using Yiwang.Kernel.Calendar;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Every change of a case, each checking with <see cref="ComplaintStateMachine"/> that the case allows it (its state,
/// and who is acting) and logging who, when and why. Whether the caller's role may act at all is the handler's question
/// to the same state machine, asked before these run.
/// </summary>
internal static class ComplaintTransitions
{
    /// <summary>Changes to a draft, or to a case returned for completion, by the complainant.</summary>
    public static void Edit(ComplaintCase c, CaseActor actor, Action<ComplaintCase> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Require(CaseAction.Edit, c, actor);
        changes(c);
        Log(c, actor, "draft.updated", null, visibleToRespondent: false);
    }

    /// <summary>An evidence file, accepted by <see cref="EvidenceInspector"/>; not a timeline entry (the file list is its record).</summary>
    public static void AddEvidence(ComplaintCase c, CaseActor actor, EvidenceFile file)
    {
        Require(CaseAction.UploadEvidence, c, actor);
        if (c.Evidence.Count >= EvidenceInspector.MaxFilesPerCase)
            throw new ComplaintRuleException(new($"每件投诉最多 {EvidenceInspector.MaxFilesPerCase} 份材料", $"At most {EvidenceInspector.MaxFilesPerCase} files per complaint"), 422);
        c.Evidence.Add(file);
        c.Version++;
    }

    public static void Submit(ComplaintCase c, CaseActor actor, string acceptingRegion, IReadOnlyList<string> duplicates, WorkCalendar calendar)
    {
        Require(CaseAction.Submit, c, actor);
        var first = c.Status == ComplaintStatus.Draft;
        c.Status = ComplaintStatus.Submitted;
        c.SubmittedAt = actor.Now;
        c.SubmittedOn = actor.Today;
        c.AcceptingRegion = acceptingRegion;
        c.PossibleDuplicates = duplicates.Count == 0 ? null : string.Join(",", duplicates);
        ComplaintClocks.Start(c, DeadlineKind.AcceptanceReview, actor.Today, calendar);
        Log(c, actor, first ? "submitted" : "resubmitted", null, visibleToRespondent: false);
    }

    public static void Accept(ComplaintCase c, CaseActor actor, string? note, WorkCalendar calendar)
    {
        Require(CaseAction.Accept, c, actor);
        c.Status = ComplaintStatus.Accepted;
        c.AcceptedOn = actor.Today;
        ComplaintClocks.Stop(c, DeadlineKind.AcceptanceReview, actor.Today);
        ComplaintClocks.Start(c, DeadlineKind.Forwarding, actor.Today, calendar);
        Log(c, actor, "accepted", note, visibleToRespondent: false);
    }

    public static void Return(ComplaintCase c, CaseActor actor, string missing)
    {
        Require(CaseAction.Return, c, actor);
        c.Status = ComplaintStatus.Returned;
        c.ReturnNote = missing;
        ComplaintClocks.Stop(c, DeadlineKind.AcceptanceReview, actor.Today);
        Log(c, actor, "returned", missing, visibleToRespondent: false);
    }

    public static void Reject(ComplaintCase c, CaseActor actor, RejectionReason reason, string? note)
    {
        Require(CaseAction.Reject, c, actor);
        c.Status = ComplaintStatus.Rejected;
        c.RejectionReason = reason;
        c.RejectionNote = note;
        c.ClosedOn = actor.Today;
        ComplaintClocks.Stop(c, DeadlineKind.AcceptanceReview, actor.Today);
        Log(c, actor, "rejected", CaseEventNotes.Rejected(reason, note), visibleToRespondent: false);
    }

    /// <summary>Materials are handed over on forwarding, so the handling clock (第二十五条第二款) starts the same day.</summary>
    public static void Forward(ComplaintCase c, CaseActor actor, RoutingDecision route, string? note, WorkCalendar calendar)
    {
        Require(CaseAction.Forward, c, actor);
        c.Status = ComplaintStatus.Handling;
        c.ForwardedOn = actor.Today;
        c.HandlingRegion = route.Region;
        c.HandlingDepartment = route.Department;
        c.RoutingRule = route.RuleId;
        ComplaintClocks.Stop(c, DeadlineKind.Forwarding, actor.Today);
        ComplaintClocks.Start(c, DeadlineKind.Handling, actor.Today, calendar);
        Log(c, actor, "forwarded", CaseEventNotes.Forwarded(route, note), visibleToRespondent: true);
    }

    public static void RecordStep(ComplaintCase c, CaseActor actor, HandlingStepKind kind, string note)
    {
        Require(actor.Role == Kernel.Access.Roles.Respondent ? CaseAction.Respond : CaseAction.RecordStep, c, actor);
        Log(c, actor, "step." + StepCode(kind), note, visibleToRespondent: kind != HandlingStepKind.ContactWithRespondent);
    }

    public static ExtensionRequest RequestExtension(ComplaintCase c, CaseActor actor, int days, string reason)
    {
        Require(CaseAction.RequestExtension, c, actor);
        CheckCap(c, days);
        var request = new ExtensionRequest { Days = days, Reason = reason, RequestedBy = actor.UserId, RequestedAt = actor.Now };
        c.Extensions.Add(request);
        Log(c, actor, "extension.requested", CaseEventNotes.Extension(days, reason), visibleToRespondent: false);
        return request;
    }

    /// <summary>第二十五条第二款: approved by the head of department — someone other than the requester.</summary>
    public static void DecideExtension(ComplaintCase c, CaseActor actor, long requestId, bool approve, string? note, WorkCalendar calendar)
    {
        Require(CaseAction.DecideExtension, c, actor);
        var request = c.Extensions.FirstOrDefault(e => e.Id == requestId && e.Decision == ExtensionDecision.Pending)
            ?? throw new ComplaintRuleException(new("没有这项待审批的延期申请", "There is no such pending extension request"));
        request.Decision = approve ? ExtensionDecision.Approved : ExtensionDecision.Refused;
        request.DecidedBy = actor.UserId;
        request.DecidedAt = actor.Now;
        request.DecisionNote = note;
        if (approve)
        {
            CheckCap(c, request.Days);
            c.ExtensionDaysGranted += request.Days;
            var handling = c.RunningDeadline(DeadlineKind.Handling)
                ?? throw new ComplaintRuleException(new("处理期限已停止，无需延期", "The handling clock has stopped; there is nothing to extend"));
            ComplaintClocks.ExtendHandling(handling, ComplaintPeriods.Handling.Days + c.ExtensionDaysGranted, calendar);
        }
        Log(c, actor, approve ? "extension.approved" : "extension.refused", CaseEventNotes.Extension(request.Days, note), visibleToRespondent: false);
    }

    public static void Resolve(ComplaintCase c, CaseActor actor, ComplaintOutcome outcome, decimal? recoveredYuan,
        IReadOnlyList<(DateOnly DueOn, decimal AmountYuan)> plan, string feedback)
    {
        Require(CaseAction.Resolve, c, actor);
        c.Status = ComplaintStatus.Resolved;
        c.Outcome = outcome;
        c.RecoveredYuan = outcome == ComplaintOutcome.PaidInFull ? c.AmountOwedYuan : recoveredYuan;
        c.ResultFeedback = feedback;
        c.ResolvedOn = actor.Today;
        c.Installments.Clear();
        for (var i = 0; i < plan.Count; i++)
            c.Installments.Add(new PlanInstallment { Sequence = i + 1, DueOn = plan[i].DueOn, AmountYuan = plan[i].AmountYuan });
        ComplaintClocks.Stop(c, DeadlineKind.Handling, actor.Today);
        Log(c, actor, "resolved", CaseEventNotes.Resolved(outcome, feedback), visibleToRespondent: true);
    }

    public static void Confirm(ComplaintCase c, CaseActor actor, string? note)
    {
        Require(CaseAction.Confirm, c, actor);
        c.Status = ComplaintStatus.Closed;
        c.ClosedOn = actor.Today;
        Log(c, actor, "confirmed", note, visibleToRespondent: true);
    }

    /// <summary>An objection reopens supervision: handling resumes; its 90-day cap still counts from receipt.</summary>
    public static void Object(ComplaintCase c, CaseActor actor, string reason)
    {
        Require(CaseAction.Object, c, actor);
        c.Status = ComplaintStatus.Handling;
        c.Reopened = true;
        var handling = c.Deadlines.LastOrDefault(d => d.Kind == DeadlineKind.Handling);
        if (handling is not null) handling.MetOn = null;
        Log(c, actor, "objected", reason, visibleToRespondent: true);
    }

    public static void RecordPlanPayment(ComplaintCase c, CaseActor actor, int sequence, DateOnly paidOn, decimal amountYuan)
    {
        Require(CaseAction.RecordPayment, c, actor);
        var installment = c.Installments.FirstOrDefault(i => i.Sequence == sequence)
            ?? throw new ComplaintRuleException(new($"还款计划中没有第 {sequence} 期", $"The payment plan has no instalment {sequence}"));
        installment.PaidOn = paidOn;
        installment.PaidYuan = (installment.PaidYuan ?? 0) + amountYuan;
        c.RecoveredYuan = (c.RecoveredYuan ?? 0) + amountYuan;
        Log(c, actor, "plan.payment", CaseEventNotes.PlanPayment(sequence, paidOn, amountYuan), visibleToRespondent: true);
    }

    /// <summary>
    /// 撤回投诉: the complainant ends its own complaint before a result. Every running clock stops that day; the case is
    /// concluded (it counts as such on the dashboard) and nothing more can be done on it. A respondent that had been
    /// told of the case sees that it was withdrawn.
    /// </summary>
    public static void Withdraw(ComplaintCase c, CaseActor actor, string? reason)
    {
        Require(CaseAction.Withdraw, c, actor);
        c.Status = ComplaintStatus.Withdrawn;
        c.ClosedOn = actor.Today;
        foreach (var running in c.Deadlines.Where(d => d.IsRunning)) running.MetOn = actor.Today;
        Log(c, actor, "withdrawn", reason, visibleToRespondent: c.ForwardedOn is not null);
    }

    public static string StepCode(HandlingStepKind kind) => kind switch
    {
        HandlingStepKind.ContactWithRespondent => "contact",
        HandlingStepKind.RespondentAnswer => "respondent-answer",
        HandlingStepKind.SupervisionNotice => "supervision-notice",
        HandlingStepKind.Interview => "interview",
        _ => "public-notice",
    };

    private static void CheckCap(ComplaintCase c, int moreDays)
    {
        var total = ComplaintPeriods.Handling.Days + c.ExtensionDaysGranted + moreDays;
        if (total > ComplaintPeriods.HandlingCapDays)
            throw new ComplaintRuleException(new(
                $"延期后处理期限为 {total} 日，超过第二十五条第二款规定的最长 90 日（已延期 {c.ExtensionDaysGranted} 日）",
                $"With this extension handling would take {total} days, beyond the 90-day maximum of Art. 25(2) ({c.ExtensionDaysGranted} days already granted)"), 422);
    }

    private static void Require(CaseAction action, ComplaintCase c, CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ComplaintStateMachine.Require(action, c, actor.UserId);
    }

    private static void Log(ComplaintCase c, CaseActor actor, string action, string? note, bool visibleToRespondent)
    {
        c.Version++;
        c.Events.Add(new CaseEvent
        {
            At = actor.Now, ActorId = actor.UserId, ActorRole = actor.Role, Action = action, Note = note,
            VisibleToRespondent = visibleToRespondent,
        });
    }
}
