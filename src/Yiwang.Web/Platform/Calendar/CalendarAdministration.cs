using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Calendar;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Calendar;

/// <param name="ListenerFailures">Listeners that threw; the notice is loaded regardless, their errors are in the log.</param>
internal sealed record CalendarLoadResult(long Sequence, IReadOnlyList<int> Years, string NoticeVersion, string CalendarVersion,
    IReadOnlyList<int> CoveredYears, IReadOnlyList<string> ListenerFailures);

/// <summary>
/// Loading a notice: check it, store it, audit it, rebuild <see cref="IWorkCalendarSource.Current"/>, then tell every
/// <see cref="IWorkCalendarChangeListener"/> so modules recompute their stored deadlines.
/// </summary>
internal sealed class CalendarAdministration(
    PlatformDbContext db, DatabaseWorkCalendarSource source, IAuditTrail audit, IEnumerable<IWorkCalendarChangeListener> listeners,
    TimeProvider clock, ILogger<CalendarAdministration> logger)
{
    /// <exception cref="CalendarNoticeException">The file is not a valid notice.</exception>
    public async Task<CalendarLoadResult> LoadAsync(byte[] file, string actorId, CancellationToken cancellationToken)
    {
        var (notice, json) = CalendarNotices.Check(file);
        var row = new CalendarNotice
        {
            Years = string.Join(",", notice.CoveredYears),
            Version = notice.Version,
            Source = notice.Source.Length > 1000 ? notice.Source[..1000] : notice.Source,
            Json = json,
            Sha256 = CalendarNotices.Sha256(json),
            LoadedBy = actorId,
            LoadedAt = clock.GetUtcNow(),
        };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("calendar.notice-loaded", $"calendar:{row.Years}", actorId,
            $"notice #{row.Sequence} version {row.Version}; sha256 {row.Sha256}"), cancellationToken);

        var calendar = await source.ReloadAsync(db, cancellationToken);
        logger.LogInformation("Calendar notice #{Sequence} ({Version}, years {Years}) loaded; calendar now {Calendar}",
            row.Sequence, row.Version, row.Years, calendar.Version);

        var failures = new List<string>();
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnCalendarChangedAsync(calendar, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The notice stays loaded: the calendar is right, and a listener that failed can be rerun by reloading.
                logger.LogError(ex, "Calendar listener {Listener} failed after notice #{Sequence}", listener.GetType().Name, row.Sequence);
                failures.Add(listener.GetType().Name);
            }
        }

        return new CalendarLoadResult(row.Sequence, notice.CoveredYears, row.Version, calendar.Version, calendar.CoveredYears, failures);
    }
}
