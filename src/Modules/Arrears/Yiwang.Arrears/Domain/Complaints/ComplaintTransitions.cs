using Yiwang.Kernel.Calendar;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Every change of a case's status, each checking the state it starts from and logging who, when and why. Permission
/// (who may act) is checked before, by <see cref="ComplaintAccess"/>; these check what the case allows.
/// </summary>
internal static class ComplaintTransitions
{
    public static void Submit(ComplaintCase c, CaseActor actor, string acceptingRegion, IReadOnlyList<string> duplicates, WorkCalendar calendar)
    {
        Require(c, actor, ComplaintStatus.Draft, ComplaintStatus.Returned);
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
        Require(c, actor, ComplaintStatus.Submitted);
        c.Status = ComplaintStatus.Accepted;
        c.AcceptedOn = actor.Today;
        ComplaintClocks.Stop(c, DeadlineKind.AcceptanceReview, actor.Today);
        ComplaintClocks.Start(c, DeadlineKind.Forwarding, actor.Today, calendar);
        Log(c, actor, "accepted", note, visibleToRespondent: false);
    }

    public static void Return(ComplaintCase c, CaseActor actor, string missing)
    {
        Require(c, actor, ComplaintStatus.Submitted);
        c.Status = ComplaintStatus.Returned;
        c.ReturnNote = missing;
        ComplaintClocks.Stop(c, DeadlineKind.AcceptanceReview, actor.Today);
        Log(c, actor, "returned", missing, visibleToRespondent: false);
    }

    public static void Reject(ComplaintCase c, CaseActor actor, RejectionReason reason, string? note)
    {
        Require(c, actor, ComplaintStatus.Submitted);
        c.Status = ComplaintStatus.Rejected;
        c.RejectionReason = reason;
        c.RejectionNote = note;
        c.ClosedOn = actor.Today;
        ComplaintClocks.Stop(c, DeadlineKind.AcceptanceReview, actor.Today);
        Log(c, actor, "rejected", $"{reason}: {note}", visibleToRespondent: false);
    }

    /// <summary>Materials are handed over on forwarding, so the handling clock (第二十五条第二款) starts the same day.</summary>
    public static void Forward(ComplaintCase c, CaseActor actor, RoutingDecision route, string? note, WorkCalendar calendar)
    {
        Require(c, actor, ComplaintStatus.Accepted);
        c.Status = ComplaintStatus.Handling;
        c.ForwardedOn = actor.Today;
        c.HandlingRegion = route.Region;
        c.HandlingDepartment = route.Department;
        c.RoutingRule = route.RuleId;
        ComplaintClocks.Stop(c, DeadlineKind.Forwarding, actor.Today);
        ComplaintClocks.Start(c, DeadlineKind.Handling, actor.Today, calendar);
        Log(c, actor, "forwarded", $"{route.Region} {route.Department} ({route.RuleId}) {note}".TrimEnd(), visibleToRespondent: true);
    }

    public static void RecordStep(ComplaintCase c, CaseActor actor, HandlingStepKind kind, string note)
    {
        Require(c, actor, ComplaintStatus.Handling);
        Log(c, actor, "step." + StepCode(kind), note, visibleToRespondent: kind != HandlingStepKind.ContactWithRespondent);
    }

    public static ExtensionRequest RequestExtension(ComplaintCase c, CaseActor actor, int days, string reason)
    {
        Require(c, actor, ComplaintStatus.Handling);
        if (c.Extensions.Any(e => e.Decision == ExtensionDecision.Pending))
            throw new ComplaintRuleException(new("已有待审批的延期申请", "An extension request is already waiting for approval"));
        CheckCap(c, days);
        var request = new ExtensionRequest { Days = days, Reason = reason, RequestedBy = actor.UserId, RequestedAt = actor.Now };
        c.Extensions.Add(request);
        Log(c, actor, "extension.requested", $"+{days}: {reason}", visibleToRespondent: false);
        return request;
    }

    /// <summary>第二十五条第二款: approved by the head of department — someone other than the requester.</summary>
    public static void DecideExtension(ComplaintCase c, CaseActor actor, long requestId, bool approve, string? note, WorkCalendar calendar)
    {
        Require(c, actor, ComplaintStatus.Handling);
        var request = c.Extensions.FirstOrDefault(e => e.Id == requestId && e.Decision == ExtensionDecision.Pending)
            ?? throw new ComplaintRuleException(new("没有这项待审批的延期申请", "There is no such pending extension request"));
        if (request.RequestedBy == actor.UserId)
            throw new ComplaintRuleException(new("延期须由部门负责人审批，申请人不能自行批准", "An extension must be approved by the head of department, not by the official who asked for it"));
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
        Log(c, actor, approve ? "extension.approved" : "extension.refused", $"+{request.Days}: {note}", visibleToRespondent: false);
    }

    public static void Resolve(ComplaintCase c, CaseActor actor, ComplaintOutcome outcome, decimal? recoveredYuan,
        IReadOnlyList<(DateOnly DueOn, decimal AmountYuan)> plan, string feedback)
    {
        Require(c, actor, ComplaintStatus.Handling);
        c.Status = ComplaintStatus.Resolved;
        c.Outcome = outcome;
        c.RecoveredYuan = outcome == ComplaintOutcome.PaidInFull ? c.AmountOwedYuan : recoveredYuan;
        c.ResultFeedback = feedback;
        c.ResolvedOn = actor.Today;
        c.Installments.Clear();
        for (var i = 0; i < plan.Count; i++)
            c.Installments.Add(new PlanInstallment { Sequence = i + 1, DueOn = plan[i].DueOn, AmountYuan = plan[i].AmountYuan });
        ComplaintClocks.Stop(c, DeadlineKind.Handling, actor.Today);
        Log(c, actor, "resolved", $"{outcome}: {feedback}", visibleToRespondent: true);
    }

    public static void Confirm(ComplaintCase c, CaseActor actor, string? note)
    {
        Require(c, actor, ComplaintStatus.Resolved);
        c.Status = ComplaintStatus.Closed;
        c.ClosedOn = actor.Today;
        Log(c, actor, "confirmed", note, visibleToRespondent: true);
    }

    /// <summary>An objection reopens supervision: handling resumes; its 90-day cap still counts from receipt.</summary>
    public static void Object(ComplaintCase c, CaseActor actor, string reason)
    {
        Require(c, actor, ComplaintStatus.Resolved);
        c.Status = ComplaintStatus.Handling;
        c.Reopened = true;
        var handling = c.Deadlines.LastOrDefault(d => d.Kind == DeadlineKind.Handling);
        if (handling is not null) handling.MetOn = null;
        Log(c, actor, "objected", reason, visibleToRespondent: true);
    }

    public static void RecordPlanPayment(ComplaintCase c, CaseActor actor, int sequence, DateOnly paidOn, decimal amountYuan)
    {
        Require(c, actor, ComplaintStatus.Resolved, ComplaintStatus.Closed);
        var installment = c.Installments.FirstOrDefault(i => i.Sequence == sequence)
            ?? throw new ComplaintRuleException(new($"还款计划中没有第 {sequence} 期", $"The payment plan has no instalment {sequence}"));
        installment.PaidOn = paidOn;
        installment.PaidYuan = (installment.PaidYuan ?? 0) + amountYuan;
        c.RecoveredYuan = (c.RecoveredYuan ?? 0) + amountYuan;
        Log(c, actor, "plan.payment", FormattableString.Invariant($"#{sequence} {paidOn:yyyy-MM-dd} {amountYuan:0.00}"), visibleToRespondent: true);
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

    private static void Require(ComplaintCase c, CaseActor actor, params ComplaintStatus[] allowed)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!allowed.Contains(c.Status))
            throw new ComplaintRuleException(new(
                $"案件当前状态为“{ComplaintText.Status(c.Status).Zh}”，不能进行此操作",
                $"The case is {ComplaintText.Status(c.Status).En}; this action is not possible now"));
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
