using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

/// <summary>Runs <see cref="DeadlineSweep"/> every <c>Complaints:SweepIntervalMinutes</c> (default 60; 0 turns it off).</summary>
internal sealed partial class DeadlineSweepService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<DeadlineSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Complaints:SweepIntervalMinutes", 60);
        if (minutes <= 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(stoppingToken);
                LogSwept(report.OverdueMarked, report.DueSoonMarked, report.RegionsNotified);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep (e.g. database briefly down) must not stop the service; the next run catches up.
                LogFailed(e);
            }
            await Task.Delay(TimeSpan.FromMinutes(minutes), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint deadline sweep: {Overdue} overdue, {DueSoon} due soon, {Regions} departments notified")]
    private partial void LogSwept(int overdue, int dueSoon, int regions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Complaint deadline sweep failed; retrying at the next interval")]
    private partial void LogFailed(Exception error);
}
