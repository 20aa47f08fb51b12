using Yiwang.Kernel.Access;
using Yiwang.Kernel.Calendar;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Data;

namespace Yiwang.Reviews.Filings;

/// <summary>What a step does to a filing: the new state, the validity and 复核 dates, the next stage's clock, the event, the version.</summary>
public static class FilingSteps
{
    /// <returns>The event the step added.</returns>
    public static FilingEvent Apply(ReviewChain chain, Filing filing, ReviewStep step, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        var from = filing.Id == 0 ? null : filing.State;
        var today = context.Today;
        switch (step.Action)
        {
            case ReviewAction.Approve:
                Grant(chain, filing, today);
                break;
            case ReviewAction.Renew:
                var validity = chain.Validity!;
                filing.ValidUntil = validity.EndFrom(filing.ValidUntil!.Value.AddDays(1));
                filing.RecheckFrom = validity.RecheckFrom(filing.ValidUntil.Value);
                filing.RenewedOn = today;
                break;
            case ReviewAction.Revoke:
                filing.RevocationReason = context.Reason;
                break;
            case ReviewAction.Update:
                filing.LastUpdateOn = today;
                filing.LastUpdateMet = context.Evaluation?.Eligible;
                break;
        }

        context.Evaluation?.AttachTo(filing);
        filing.State = step.To;
        SetStageClock(chain.State(step.To), filing, today, context.Calendar);
        filing.Version++;
        filing.UpdatedAt = context.Now;
        var added = new FilingEvent
        {
            Action = step.Event, FromState = from, ToState = step.To, ActorRole = context.Caller.Role, ActorRegion = context.Caller.Jurisdiction?.Value,
            ActorId = context.Caller.UserId, Reason = context.Reason, At = context.Now,
        };
        filing.Events.Add(added);
        return added;
    }

    /// <summary>Granted today: valid for the chain's years from today, the last day included; 复核 opens before the end.</summary>
    public static void Grant(ReviewChain chain, Filing filing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(filing);
        var validity = chain.Validity ?? throw new InvalidOperationException($"Chain {chain.Id} grants nothing (no validity).");
        filing.ValidFrom = today;
        filing.ValidUntil = validity.EndFrom(today);
        filing.RecheckFrom = validity.RecheckFrom(filing.ValidUntil.Value);
    }

    /// <summary>
    /// The deadline of the stage the filing enters, counted on the work calendar from today (the start day not counted).
    /// A year without a holiday notice is counted provisionally (Mon–Fri less statutory holidays) and says so in the rule.
    /// </summary>
    private static void SetStageClock(ReviewState state, Filing filing, DateOnly today, WorkCalendar calendar)
    {
        (filing.StageDueOn, filing.StageDueRuleZh, filing.StageDueRuleEn) = ((DateOnly?)null, null, null);
        if (state.Period is not { } period) return;
        try
        {
            var deadline = calendar.AssumingWeekdaysBeyondNotices().Deadline(today, period);
            (filing.StageDueOn, filing.StageDueRuleZh, filing.StageDueRuleEn) = (deadline.Date, deadline.Rule.Zh, deadline.Rule.En);
        }
        catch (CalendarNotCoveredException)
        {
            // A past year without its notice loaded: no clock rather than a guessed one.
        }
    }
}

/// <summary>Who takes a step, when, why, and with which evaluation.</summary>
public sealed record StepContext(CallerScope Caller, DateOnly Today, DateTimeOffset Now, WorkCalendar Calendar, string? Reason, FilingEvaluation? Evaluation);
