using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Access;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Data;

namespace Yiwang.Reviews.Filings;

/// <summary>Lists, queues and the published list of a chain, always through the caller's scope; and the owning module's sweeps.</summary>
public sealed class ReviewQueries
{
    private readonly ReviewsDbContext db;
    private readonly TimeProvider clock;

    internal ReviewQueries(ReviewsDbContext db, TimeProvider clock) => (this.db, this.clock) = (db, clock);

    /// <summary>The chain's filings the caller may see, untracked, for the module to filter, page and show.</summary>
    public IQueryable<Filing> Visible(ReviewChain chain, CallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return FilingAccess.Visible(db.Filings.AsNoTracking().Where(f => f.ChainId == chain.Id), caller);
    }

    /// <summary>Every filing of the chain, untracked, for statistics that apply their own scope (counts by region).</summary>
    public IQueryable<Filing> OfChain(ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return db.Filings.AsNoTracking().Where(f => f.ChainId == chain.Id);
    }

    /// <summary>The states in which something awaits the caller's own level (the "awaiting me" queue); only reviews, not grants.</summary>
    public static IReadOnlyList<string> AwaitingStates(ReviewChain chain, CallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsOfficial || caller.Jurisdiction is not { } jurisdiction) return [];
        return [.. chain.States.Where(s => s.Kind == StateKind.InReview
            && s.Steps.Any(step => !step.Actor.Applicant && step.Actor.Levels.Contains(jurisdiction.Level) && (!step.Actor.DepartmentHead || caller.IsDepartmentHead)))
            .Select(s => s.Id)];
    }

    /// <summary>The published list (公告名单): grants in their validity period; public, like the government notices.</summary>
    public async Task<IReadOnlyList<PublishedFiling>> PublishedAsync(ReviewChain chain, string? category, string? regionPrefix, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Kernel.Text.Figures.Beijing).DateTime);
        var granted = chain.States.Where(s => s.Kind == StateKind.Granted).Select(s => s.Id).ToList();
        var query = db.Filings.AsNoTracking().Where(f => f.ChainId == chain.Id && granted.Contains(f.State) && f.ValidUntil >= today);
        if (!string.IsNullOrWhiteSpace(category)) query = query.Where(f => f.Category == category);
        if (!string.IsNullOrWhiteSpace(regionPrefix)) query = query.Where(f => f.RegionCode.StartsWith(regionPrefix));
        return await query.OrderBy(f => f.RegionCode).ThenBy(f => f.Id)
            .Select(f => new PublishedFiling(f.Id, f.ApplicantUscc, f.ApplicantName, f.RegionCode, f.Category, f.RuleSetId, f.ValidFrom!.Value, f.ValidUntil!.Value))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Grants valid today, granted before <paramref name="since"/>, with no update since then and not yet told with
    /// <paramref name="reminder"/> for <paramref name="key"/> (a reminder is kept as an event; it is sent once per key).
    /// </summary>
    public async Task<IReadOnlyList<Filing>> UpdatesOutstandingAsync(ReviewChain chain, DateOnly today, DateOnly since, string reminder, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var granted = chain.States.Where(s => s.Kind == StateKind.Granted).Select(s => s.Id).ToList();
        return await db.Filings.Include(f => f.Events)
            .Where(f => f.ChainId == chain.Id && granted.Contains(f.State) && f.ValidFrom < since && f.ValidUntil >= today
                && (f.LastUpdateOn == null || f.LastUpdateOn < since) && !f.Events.Any(e => e.Action == reminder && e.Reason == key))
            .ToListAsync(ct);
    }

    /// <summary>Keeps a system event (a reminder) on each filing; not a step: the state and version do not change.</summary>
    public async Task RecordSystemEventAsync(IReadOnlyList<Filing> filings, string action, string reason, string actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filings);
        var now = clock.GetUtcNow();
        foreach (var filing in filings)
            db.FilingEvents.Add(new FilingEvent { FilingId = filing.Id, Action = action, ActorRole = "system", ActorId = actorId, Reason = reason, At = now });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Demo filings for a fresh database, once: nothing is added when the chain has a filing already.</summary>
    public async Task SeedAsync(ReviewChain chain, Func<IReadOnlyList<Filing>> filings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(filings);
        if (await db.Filings.AnyAsync(f => f.ChainId == chain.Id, ct)) return;
        db.Filings.AddRange(filings());
        await db.SaveChangesAsync(ct);
    }
}
