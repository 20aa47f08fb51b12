using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yiwang.Arrears.Data;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// The platform's one copy of <see cref="RunningClocks"/>, shared by every dashboard request (singleton). A copy older
/// than the allowed age is refreshed in the background while requests go on with it (stale-while-revalidate), so no
/// request waits for the query except the first after start-up. (Waiting instead whenever the copy is much too old was
/// tried: on a loaded machine the reload itself outlasts the age, and then every request waited.)
/// </summary>
internal sealed partial class RunningClockSnapshot(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RunningClockSnapshot> logger)
{
    private readonly Lock _gate = new();
    private RunningClocks? _current;
    private Task<RunningClocks>? _loading;

    public async Task<RunningClocks> GetAsync(TimeSpan maxAge, CancellationToken ct)
    {
        var current = Volatile.Read(ref _current);
        if (current is null) return await Refresh().WaitAsync(ct);
        if (clock.GetElapsedTime(current.TakenAt) > maxAge) _ = Refresh();
        return current;
    }

    /// <summary>Starts a reload unless one is under way; the task completes with the new copy.</summary>
    public Task<RunningClocks> Refresh()
    {
        lock (_gate)
        {
            if (_loading is null || _loading.IsCompleted) _loading = Task.Run(LoadAsync);
            return _loading;
        }
    }

    private async Task<RunningClocks> LoadAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var loaded = await RunningClocks.LoadAsync(scope.ServiceProvider.GetRequiredService<ArrearsDbContext>(), clock.GetTimestamp(), CancellationToken.None);
            Volatile.Write(ref _current, loaded);
            LogLoaded(logger, loaded.Count);
            return loaded;
        }
        catch (Exception e)
        {
            // Requests holding an older copy carry on with it; the next one past the age tries again.
            LogFailed(logger, e);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Running clocks for the dashboard reloaded: {Cases} cases")]
    private static partial void LogLoaded(ILogger logger, int cases);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running clocks for the dashboard could not be reloaded")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
