using Microsoft.Extensions.Options;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>
/// Polls the outbox every <see cref="SmtpOptions.PollSeconds"/> (on the injected <see cref="TimeProvider"/>) and hands
/// due messages to <see cref="OutboxDispatcher"/>. Registered only when <c>Smtp:Host</c> is set.
/// </summary>
internal sealed class OutboxSender(
    IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));
        logger.LogInformation("E-mail outbox sender started: {Host}:{Port}, every {Poll}", options.Value.Host, options.Value.Port, poll);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database hiccup must not stop the sender for good; the next poll tries again.
                logger.LogError(ex, "E-mail outbox pass failed");
            }

            try
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
