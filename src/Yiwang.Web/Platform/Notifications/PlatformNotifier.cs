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

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Notification {Kind} {Reference}: {Inbox} inbox entries, {Mails} e-mails queued",
            message.Kind, message.Reference, recipients.Count, queued);
    }

    private static string MailBody(Notification message, string? siteUrl)
    {
        var link = message.Link is null ? null : (siteUrl?.TrimEnd('/') ?? string.Empty) + message.Link;
        var footer = link is null ? string.Empty : $"\n\n{link}";
        return $"{message.Body.Zh}\n\n{message.Body.En}{footer}\n\n—— 一网 Yiwang";
    }
}
