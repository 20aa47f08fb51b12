using Yiwang.Kernel.Text;

namespace Yiwang.Reviews.Chains;

/// <summary>
/// A review chain as configured in its data file (<see cref="ReviewChainLoader"/>): the states a filing passes through, the
/// steps open in each and to whom, the clocks, the validity of a grant and its 复核. Loaded once and shared.
/// </summary>
/// <param name="Reference">The prefix of audit subjects and notice references (<c>application</c> → <c>application/42</c>).</param>
/// <param name="AuditPrefix">Audit actions are <c>{AuditPrefix}.{event}</c>.</param>
/// <param name="NoticePrefix">Notice kinds are <c>{NoticePrefix}.{event}</c>.</param>
/// <param name="Link">The filing's page, with <c>{id}</c>.</param>
/// <param name="ExpiredName">How a granted filing past its validity reads (awaiting 复核).</param>
/// <param name="SystemEvents">Events the owning module records without a state change (reminders), with their names.</param>
public sealed record ReviewChain(
    string Id,
    string Version,
    Bilingual Name,
    string Source,
    string Reference,
    string AuditPrefix,
    string NoticePrefix,
    string Link,
    GrantValidity? Validity,
    Bilingual ExpiredName,
    Bilingual Duplicate,
    ReviewStep Submit,
    IReadOnlyList<ReviewState> States,
    IReadOnlyDictionary<string, Bilingual> SystemEvents)
{
    public ReviewState State(string id) => States.FirstOrDefault(s => s.Id == id)
        ?? throw new ArgumentOutOfRangeException(nameof(id), id, $"Chain {Id} has no state '{id}'.");

    public ReviewState? FindState(string id) => States.FirstOrDefault(s => s.Id == id);

    /// <summary>The name of an event, from the steps or the system events; the id itself if the chain does not know it.</summary>
    public Bilingual EventName(string eventId) =>
        States.SelectMany(s => s.Steps).Append(Submit).FirstOrDefault(s => s.Event == eventId)?.EventName
        ?? (SystemEvents.TryGetValue(eventId, out var name) ? name : new Bilingual(eventId, eventId));

    /// <summary>The filing's state, with "expired" for a grant past its validity.</summary>
    public Bilingual StatusName(string state, bool expired) => expired ? ExpiredName : State(state).Name;

    public string LinkTo(long id) => Link.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <param name="Years">A grant is valid this many years from the day of the decision, the last day included.</param>
/// <param name="RecheckDaysBeforeExpiry">复核 opens this many days before the validity ends.</param>
public sealed record GrantValidity(int Years, int RecheckDaysBeforeExpiry, Bilingual Basis, string Confidence)
{
    public DateOnly EndFrom(DateOnly start) => start.AddYears(Years).AddDays(-1);

    public DateOnly RecheckFrom(DateOnly end) => end.AddDays(-RecheckDaysBeforeExpiry);
}
