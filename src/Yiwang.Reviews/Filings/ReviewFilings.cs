using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Data;

namespace Yiwang.Reviews.Filings;

/// <summary>
/// The commands of every review chain. A step goes: load the filing within the caller's scope (else 404), ask the chain
/// whether this caller acts in this state (403), compare the version the caller saw (409), check the state (409), the
/// action (400) and the reason (400), apply it (<see cref="FilingSteps"/>), save it with its audit entry in one transaction
/// (<see cref="FilingWrite"/>; a version that changed meanwhile is 409 again), then tell the next party.
/// </summary>
public sealed class ReviewFilings
{
    private readonly ReviewsDbContext db;
    private readonly FilingWrite write;
    private readonly TimeProvider clock;
    private readonly IWorkCalendarSource calendars;
    private readonly ReviewNotices notices;

    internal ReviewFilings(ReviewsDbContext db, FilingWrite write, TimeProvider clock, IWorkCalendarSource calendars, ReviewNotices notices) =>
        (this.db, this.write, this.clock, this.calendars, this.notices) = (db, write, clock, calendars, notices);

    /// <summary>Today in China Standard Time, the day legal dates are counted in.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Figures.Beijing).DateTime);

    /// <summary>Null when it does not exist or the caller may not see it (both answer 404). Not tracked.</summary>
    public async Task<Filing?> FindAsync(ReviewChain chain, long id, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(caller);
        var filing = await db.Filings.AsNoTracking().Include(f => f.Events).FirstOrDefaultAsync(f => f.Id == id && f.ChainId == chain.Id, ct);
        return filing is not null && FilingAccess.CanSee(caller, filing) ? filing : null;
    }

    public async Task<CommandResult<Filing>> SubmitAsync(ReviewChain chain, NewFiling request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return CommandResult.Forbidden(ReviewTexts.ApplicantOnly).As<Filing>();
        var today = Today;
        var open = chain.States.Where(s => s.Kind is StateKind.InReview or StateKind.Returned).Select(s => s.Id).ToList();
        var granted = chain.States.Where(s => s.Kind == StateKind.Granted).Select(s => s.Id).ToList();
        var blocking = await db.Filings.Where(f => f.ChainId == chain.Id && f.ApplicantUscc == uscc.Value && f.Category == request.Category
                && (open.Contains(f.State) || (granted.Contains(f.State) && f.ValidUntil >= today)))
            .Select(f => f.Id).FirstOrDefaultAsync(ct);
        if (blocking != 0) return CommandResult.Conflict(Fill(chain.Duplicate, "{id}", blocking.ToString(System.Globalization.CultureInfo.InvariantCulture))).As<Filing>();

        var now = clock.GetUtcNow();
        var filing = new Filing
        {
            ChainId = chain.Id, ChainVersion = chain.Version, Category = request.Category, ApplicantUscc = uscc.Value, ApplicantName = request.ApplicantName,
            RegionCode = request.RegionCode, SubmittedAt = now,
        };
        var added = FilingSteps.Apply(chain, filing, chain.Submit, new StepContext(caller, today, now, calendars.Current, null, request.Evaluation));
        db.Filings.Add(filing);
        await write.SaveAsync(chain, filing, added, ct);
        await notices.AfterAsync(chain, filing, chain.Submit, ct);
        return CommandResult.Of(filing, Next(chain.Submit, filing));
    }

    public async Task<CommandResult<Filing>> ActAsync(ReviewChain chain, long id, ReviewRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var filing = await db.Filings.Include(f => f.Events).FirstOrDefaultAsync(f => f.Id == id && f.ChainId == chain.Id, ct);
        if (filing is null || !FilingAccess.CanSee(caller, filing)) return CommandResult.NotFound(ReviewTexts.NotFound).As<Filing>();
        var today = Today;
        var (refused, step) = Judge(chain, filing, request, caller, today);
        if (refused is not null) return refused.As<Filing>();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();

        var now = clock.GetUtcNow();
        var added = FilingSteps.Apply(chain, filing, step!, new StepContext(caller, today, now, calendars.Current, reason, request.Evaluation));
        try
        {
            await write.SaveAsync(chain, filing, added, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved first: answer with what the filing is now.
            db.ChangeTracker.Clear();
            var current = await db.Filings.AsNoTracking().FirstAsync(f => f.Id == id, ct);
            return Stale(chain, current, today).As<Filing>();
        }

        await notices.AfterAsync(chain, filing, step!, ct);
        return CommandResult.Of(filing, Next(step!, filing));
    }

    /// <summary>
    /// Whether <paramref name="caller"/> may take the step now, without taking it: null when allowed, else why not (403 not an
    /// actor here, 409 stale version or another state or expired, 400 unknown action or missing reason). A module that
    /// must do work before the step (evaluate figures) asks first, so a caller who may not act learns that first.
    /// </summary>
    public CommandResult? Check(ReviewChain chain, Filing filing, ReviewRequest request, CallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        return Judge(chain, filing, request, caller, Today).Refused;
    }

    private static (CommandResult? Refused, ReviewStep? Step) Judge(ReviewChain chain, Filing filing, ReviewRequest request, CallerScope caller, DateOnly today)
    {
        var state = chain.State(request.FromState);
        if (!state.Admits(caller, filing.Category, filing.ApplicantUscc, filing.RegionCode)) return (CommandResult.Forbidden(state.Denied), null);
        if (request.ExpectedVersion is { } seen && seen != filing.Version) return (Stale(chain, filing, today), null);
        if (filing.State != state.Id) return (CommandResult.Conflict(state.NotAwaiting), null);
        var steps = state.StepsFor(filing.Category).ToList();
        var step = steps.FirstOrDefault(s => Names(s.Action, request.Action));
        if (step is null)
        {
            var allowed = steps.Where(s => s.Actor.Admits(caller, filing.ApplicantUscc, filing.RegionCode)).Select(s => Word(s.Action)).Distinct();
            return (CommandResult.Invalid("decision", ReviewTexts.Unknown(allowed)), null);
        }

        if (!step.Actor.Admits(caller, filing.ApplicantUscc, filing.RegionCode)) return (CommandResult.Forbidden(state.Denied), null);
        if (step.WhileValid && filing.IsExpired(today)) return (CommandResult.Conflict(ReviewTexts.NotWhileExpired), null);
        if (step.FromRecheck && filing.RecheckFrom > today) return (CommandResult.Conflict(ReviewTexts.NotBeforeRecheck), null);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        return CheckReason(reason, step.ReasonRequired) is { } bad ? (CommandResult.Invalid("reason", bad), null) : (null, step);
    }

    /// <summary>Return, reject and revoke must say why (the applicant reads it); any reason is at most 500 characters.</summary>
    public static Bilingual? CheckReason(string? reason, bool required) =>
        required && string.IsNullOrWhiteSpace(reason) ? ReviewTexts.ReasonRequired
        : reason is { Length: > ReviewTexts.MaxReasonLength } ? ReviewTexts.ReasonTooLong
        : null;

    /// <summary>The word the API and forms use for an action (<c>recommend</c>, <c>return</c>, …).</summary>
    public static string Word(ReviewAction action) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(action.ToString());

    private static bool Names(ReviewAction action, string? word) => string.Equals(Word(action), word?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static CommandResult Stale(ReviewChain chain, Filing current, DateOnly today) =>
        CommandResult.Conflict(ReviewTexts.Stale(chain.StatusName(current.State, chain.State(current.State).Kind == StateKind.Granted && current.IsExpired(today))));

    private static Bilingual? Next(ReviewStep step, Filing filing) =>
        step.Next is { } next ? Fill(next, "{due}", filing.StageDueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—") : null;

    private static Bilingual Fill(Bilingual text, string placeholder, string value) =>
        new(text.Zh.Replace(placeholder, value, StringComparison.Ordinal), text.En.Replace(placeholder, value, StringComparison.Ordinal));
}
