using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Yiwang.Kernel.Web;

/// <summary>
/// A background job that runs every <see cref="Interval"/> in a fresh DI scope, on the injected
/// <see cref="TimeProvider"/> (so tests can drive it), until the host stops. A failed run — the database briefly down —
/// is logged and retried at the next interval instead of stopping the job for good; jobs must therefore be idempotent.
/// </summary>
public abstract partial class IntervalJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What the log calls the job.</summary>
    protected abstract string Name { get; }

    /// <summary>Time between runs; zero or less turns the job off.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run; returns a one-line outcome for the log, or null when there is nothing worth a line.</summary>
    protected abstract Task<string?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Minutes from configuration, the usual way to set <see cref="Interval"/>.</summary>
    protected static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(minutes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        if (interval <= TimeSpan.Zero) return;
        LogStarted(logger, Name, interval.ToString("c", CultureInfo.InvariantCulture));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await RunOnceAsync(scope.ServiceProvider, stoppingToken) is { } outcome) LogRan(logger, Name, outcome);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, Name, e);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} started, every {Interval}")]
    private static partial void LogStarted(ILogger logger, string job, string interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Outcome}")]
    private static partial void LogRan(ILogger logger, string job, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, string job, Exception error);
}
