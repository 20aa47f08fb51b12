using Microsoft.Extensions.Time.Testing;
using Yiwang.Testing;

namespace Yiwang.Web.Tests;

/// <summary>A host on a fake clock that starts at <paramref name="start"/> and that tests move forward, day by day.</summary>
public abstract class FakeClockApp(TestDatabaseKind kind, DateTimeOffset start) : YiwangApp(kind)
{
    public FakeTimeProvider Time { get; } = new(start.ToUniversalTime());

    protected override TimeProvider Clock => Time;

    /// <summary>Moves the clock to 10:00 China time on <paramref name="date"/> (never backwards).</summary>
    public void MoveTo(DateOnly date)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        if (target > Time.GetUtcNow()) Time.SetUtcNow(target.ToUniversalTime());
    }
}
