using Microsoft.Extensions.Options;
using Yiwang.Kernel.Notifications;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>
/// The host's <see cref="INotifier"/>: one inbox entry per resolved account and, when SMTP is configured, one outbox row
/// per account with a confirmed address, saved together. Delivery happens later in <see cref="OutboxSender"/>, so a slow
/// or absent mail server never delays the command that notified.
/// </summary>
internal sealed class PlatformNotifier(
    PlatformDbContext db, RecipientResolver resolver, IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<PlatformNotifier> logger) : INotifier
{
    public async Task NotifyAsync(NotificationRecipients to, Notification message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var recipients = await resolver.ResolveAsync(to, cancellationToken);
        var queued = Add(recipients, message);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Notification {Kind} {Reference}: {Inbox} inbox entries, {Mails} e-mails queued",
            message.Kind, message.Reference, recipients.Count, queued);
    }

    /// <summary>
    /// Officials-only notifications (department digests) are resolved with one query for all their regions; any other
    /// kind of recipient goes through the resolver one by one. Everything is saved in one transaction.
    /// </summary>
    public async Task NotifyManyAsync(IReadOnlyList<Addressed> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        static bool OfficialsOnly(NotificationRecipients to) => to.UserIds.Count == 0 && to.EnterpriseUsccs.Count == 0 && to.RespondentUsccs.Count == 0;
        var regionsOf = batch.Select(a => OfficialsOnly(a.To) ? RecipientResolver.OfficialRegions(a.To) : null).ToList();
        var officials = await resolver.OfficialsByRegionAsync([.. regionsOf.OfType<HashSet<string>>().SelectMany(r => r).Distinct()], cancellationToken);
        int inbox = 0, queued = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            IReadOnlyList<Recipient> recipients = regionsOf[i] is { } regions
                ? [.. regions.SelectMany(r => officials[r]).DistinctBy(r => r.UserId)]
                : await resolver.ResolveAsync(item.To, cancellationToken);
            queued += Add(recipients, item.Message);
            inbox += recipients.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Notifications (batch of {Count}): {Inbox} inbox entries, {Mails} e-mails queued", batch.Count, inbox, queued);
    }

    /// <summary>Adds the inbox entries and outbox rows of one message; returns how many e-mails were queued.</summary>
    private int Add(IReadOnlyList<Recipient> recipients, Notification message)
    {
        var now = clock.GetUtcNow();
        var mail = smtp.Value;
        var queued = 0;
        foreach (var recipient in recipients)
        {
            db.Add(new InboxEntry
            {
                Id = Guid.CreateVersion7(now),
                UserId = recipient.UserId,
                Kind = message.Kind,
                Reference = message.Reference,
                SubjectZh = message.Subject.Zh,
                SubjectEn = message.Subject.En,
                BodyZh = message.Body.Zh,
                BodyEn = message.Body.En,
                Link = message.Link,
                CreatedAt = now,
            });
            if (!mail.IsEnabled || string.IsNullOrWhiteSpace(recipient.Email)) continue;
            db.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(now),
                UserId = recipient.UserId,
                ToAddress = recipient.Email,
                Subject = $"{message.Subject.Zh} / {message.Subject.En}",
                Body = MailBody(message, mail.SiteUrl),
                Kind = message.Kind,
                Reference = message.Reference,
                CreatedAt = now,
                Status = OutboxStatus.Pending,
                NextAttemptAt = now,
            });
            queued++;
        }

        return queued;
    }

    private static string MailBody(Notification message, string? siteUrl)
    {
        var link = message.Link is null ? null : (siteUrl?.TrimEnd('/') ?? string.Empty) + message.Link;
        var footer = link is null ? string.Empty : $"\n\n{link}";
        return $"{message.Body.Zh}\n\n{message.Body.En}{footer}\n\n—— 一网 Yiwang";
    }
}
