using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Calendar;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Calendar;

/// <summary>
/// The calendar in force: <see cref="WorkCalendar.Default"/> with every stored notice merged over it in load order.
/// Rebuilt from the table (not patched in memory) on start-up and after each load, so the result is always what the
/// table says, whatever order concurrent loads finished in.
/// </summary>
internal sealed class DatabaseWorkCalendarSource : IWorkCalendarSource, IDisposable
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private volatile WorkCalendar current = WorkCalendar.Default;

    public WorkCalendar Current => current;

    public void Dispose() => rebuild.Dispose();

    public async Task<WorkCalendar> ReloadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        await rebuild.WaitAsync(cancellationToken);
        try
        {
            var notices = await db.Set<CalendarNotice>().AsNoTracking().OrderBy(n => n.Sequence).ToListAsync(cancellationToken);
            current = Build(notices);
            return current;
        }
        finally
        {
            rebuild.Release();
        }
    }

    /// <exception cref="InvalidDataException">A stored notice no longer reads; the message names it.</exception>
    internal static WorkCalendar Build(IEnumerable<CalendarNotice> notices)
    {
        var calendar = WorkCalendar.Default;
        foreach (var notice in notices)
        {
            try
            {
                calendar = calendar.Merge(CalendarNotices.Parse(notice.Json));
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"Stored calendar notice #{notice.Sequence} ({notice.Version}) cannot be read: {ex.Message}", ex);
            }
        }

        return calendar;
    }
}

/// <summary>Loads the stored notices once the host starts (after the migrations ran in Program.cs).</summary>
internal sealed class CalendarStartupLoader(IServiceScopeFactory scopes, DatabaseWorkCalendarSource source, ILogger<CalendarStartupLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var calendar = await source.ReloadAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken);
        logger.LogInformation("Work calendar {Version}: years {Years}", calendar.Version, string.Join(", ", calendar.CoveredYears));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
