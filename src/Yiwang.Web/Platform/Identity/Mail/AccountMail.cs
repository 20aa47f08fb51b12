using Microsoft.Extensions.Options;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Identity.Mail;

/// <summary>
/// E-mails that carry a one-time link (verify the address, set or reset the password). They go straight to the SMTP
/// outbox — never into the inbox, a page or an API answer, since the link is a credential — and to the account's
/// address whether or not it is verified yet. Links use <c>Smtp:SiteUrl</c>, never the request's Host header (which a
/// caller chooses). Without SMTP (the demo) nothing is sent; in Development the link is logged for the developer.
/// </summary>
internal sealed class AccountMail(PlatformDbContext db, IOptions<SmtpOptions> smtp, IHostEnvironment environment, TimeProvider clock, ILogger<AccountMail> logger)
{
    public bool IsConfigured => smtp.Value.IsEnabled;

    public async Task SendAsync(PlatformUser user, string kind, Bilingual subject, Bilingual body, string path, CancellationToken cancellationToken)
    {
        var link = (smtp.Value.SiteUrl?.TrimEnd('/') ?? string.Empty) + path;
        if (!IsConfigured)
        {
            if (environment.IsDevelopment())
                logger.LogInformation("E-mail {Kind} for {To} not sent: SMTP is not configured. The link (Development only): {Link}", kind, EmailMask.Mask(user.Email), link);
            else
                logger.LogWarning("E-mail {Kind} for {To} not sent: SMTP is not configured", kind, EmailMask.Mask(user.Email));
            return;
        }

        var now = clock.GetUtcNow();
        db.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            ToAddress = user.Email!,
            Subject = $"{subject.Zh} / {subject.En}",
            Body = $"{body.Zh}\n\n{body.En}\n\n{link}\n\n—— 一网 Yiwang",
            Kind = kind,
            Reference = user.Id,
            CreatedAt = now,
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("E-mail {Kind} queued for {To}", kind, EmailMask.Mask(user.Email));
    }
}
