using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>
/// One pass over the outbox: sends every pending message that is due, then records the result — sent, or the error and
/// the next attempt (exponential backoff), or failed after <see cref="SmtpOptions.MaxAttempts"/> attempts.
/// </summary>
internal sealed partial class OutboxDispatcher(
    PlatformDbContext db, IMailTransport transport, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;

    /// <returns>How many messages were attempted.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(BatchSize).ToListAsync(cancellationToken);
        var attempted = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(message, now, smtp, cancellationToken)) continue;
            attempted++;
            message.Attempts++;
            try
            {
                await transport.SendAsync(message, cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = clock.GetUtcNow();
                logger.LogInformation("E-mail {Id} ({Kind} {Reference}) sent to {To} on attempt {Attempt}",
                    message.Id, message.Kind, message.Reference, EmailMask.Mask(message.ToAddress), message.Attempts);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                message.LastError = Truncate(MaskAddresses(ex.GetBaseException().Message), 1000);
                var giveUp = message.Attempts >= smtp.MaxAttempts;
                message.Status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
                message.NextAttemptAt = giveUp ? message.NextAttemptAt : clock.GetUtcNow() + smtp.BackoffAfter(message.Attempts);
                logger.LogWarning("E-mail {Id} to {To} failed on attempt {Attempt} of {Max}: {Error}; {Next}",
                    message.Id, EmailMask.Mask(message.ToAddress), message.Attempts, smtp.MaxAttempts, message.LastError,
                    giveUp ? "giving up (failed)" : $"next attempt at {message.NextAttemptAt:O}");
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return attempted;
    }

    /// <summary>
    /// A lease: moves the due time forward only if nobody else did since we read the row, so two hosts polling the
    /// same outbox never send one message twice. A crash during sending leaves the lease to expire and the row retried.
    /// </summary>
    private async Task<bool> ClaimAsync(OutboxMessage message, DateTimeOffset now, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var seen = message.NextAttemptAt;
        var leaseUntil = now + TimeSpan.FromSeconds(smtp.TimeoutSeconds * 2 + 60);
        var claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.NextAttemptAt == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leaseUntil), cancellationToken);
        if (claimed != 1)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }

        message.NextAttemptAt = leaseUntil;
        return true;
    }

    /// <summary>Server replies often quote the rejected address; the stored error and the log must not.</summary>
    internal static string MaskAddresses(string text) => Address().Replace(text, m => EmailMask.Mask(m.Value));

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [GeneratedRegex(@"[^\s<>""'@]+@[^\s<>""']+")]
    private static partial Regex Address();
}
