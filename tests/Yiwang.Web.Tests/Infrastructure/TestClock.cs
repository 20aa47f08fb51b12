using System.Diagnostics;

namespace Yiwang.Testing;

/// <summary>
/// The clock of every test host that does not bring its own: it starts at <see cref="Start"/> and runs at real speed
/// from there, so dates the host derives ("today", deadlines, the demo seed) are the same on every run and every machine,
/// whatever the wall clock says, while timers, timeouts and background jobs still move.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Friday 2026-11-27, 10:00 China time: a working day inside the 2026 calendar notice, far from its ends.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly long _startedAt = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => Start + Stopwatch.GetElapsedTime(_startedAt);

    /// <summary>Today in China (UTC+8) on this clock.</summary>
    public DateOnly ChinaToday() => DateOnly.FromDateTime(GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
