using Microsoft.Extensions.Options;
using Yiwang.Kernel.Web;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>
/// Polls the outbox every <see cref="SmtpOptions.PollSeconds"/> (on the injected <see cref="TimeProvider"/>) and hands
/// due messages to <see cref="OutboxDispatcher"/>. Registered only when <c>Smtp:Host</c> is set.
/// </summary>
internal sealed class OutboxSender(
    IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxSender> logger) : IntervalJob(scopes, clock, logger)
{
    protected override string Name => FormattableString.Invariant($"E-mail outbox sender ({options.Value.Host}:{options.Value.Port})");

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));

    protected override async Task<string?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var handled = await services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(cancellationToken);
        return handled > 0 ? FormattableString.Invariant($"{handled} message(s) handled") : null; // polls often: quiet when idle
    }
}
