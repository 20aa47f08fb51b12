using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>Runs <see cref="AnnualUpdateReminders"/> every <c>Cultivation:ReminderIntervalMinutes</c> (default 1440, a day; 0 turns it off).</summary>
internal sealed partial class AnnualUpdateReminderService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<AnnualUpdateReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Cultivation:ReminderIntervalMinutes", 1440);
        if (minutes <= 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<AnnualUpdateReminders>().RunAsync(stoppingToken);
                LogRan(report.Reminded, report.Overdue);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run (e.g. the database briefly down) must not stop the service; reminders are idempotent per year.
                LogFailed(e);
            }
            await Task.Delay(TimeSpan.FromMinutes(minutes), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Annual-update reminders: {Reminded} due, {Overdue} overdue")]
    private partial void LogRan(int reminded, int overdue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Annual-update reminders failed; retrying at the next interval")]
    private partial void LogFailed(Exception error);
}
