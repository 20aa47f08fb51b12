using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Notifications;

/// <summary>
/// Puts a message in the in-app inbox of every matching account and, when SMTP is configured, queues an e-mail in the
/// outbox. Modules say who by role and scope (they do not know user accounts); the host resolves the accounts.
/// </summary>
public interface INotifier
{
    Task NotifyAsync(NotificationRecipients recipients, Notification message, CancellationToken cancellationToken);

    /// <summary>
    /// Many notifications at once — a sweep's digests to thousands of departments. The host resolves the accounts in
    /// one query and saves everything together; this default only loops, for notifiers that cannot do better.
    /// </summary>
    async Task NotifyManyAsync(IReadOnlyList<Addressed> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var (to, message) in batch) await NotifyAsync(to, message, cancellationToken);
    }
}

/// <summary>One notification of a batch and who receives it.</summary>
public sealed record Addressed(NotificationRecipients To, Notification Message);

/// <param name="Kind">A stable key such as <c>complaint.due-soon</c>, for filtering and templates.</param>
/// <param name="Reference">What it is about, e.g. a case number; never personal data.</param>
/// <param name="Link">A site-relative page, e.g. <c>/complaints/TS2025…</c>.</param>
public sealed record Notification(string Kind, string Reference, Bilingual Subject, Bilingual Body, string? Link);

/// <summary>Who receives a notification. Any combination; duplicates are sent once.</summary>
public sealed record NotificationRecipients
{
    public IReadOnlyList<string> UserIds { get; init; } = [];

    /// <summary>Officials whose jurisdiction is exactly one of these region codes.</summary>
    public IReadOnlyList<string> OfficialRegions { get; init; } = [];

    /// <summary>Also the officials of every enclosing level (city, province, national) of <see cref="OfficialRegions"/>.</summary>
    public bool IncludeSupervisors { get; init; }

    /// <summary>Enterprise accounts bound to these USCCs.</summary>
    public IReadOnlyList<string> EnterpriseUsccs { get; init; } = [];

    /// <summary>Respondent accounts bound to these USCCs.</summary>
    public IReadOnlyList<string> RespondentUsccs { get; init; } = [];
}
