using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// A host whose clock starts on Friday 2025-09-26, 10:00 China time — the eve of the 2025 National Day / Mid-Autumn
/// holiday with its make-up workdays (Sun 09-28, Sat 10-11) — and that tests move forward. The hourly sweep is off
/// so tests run it when they mean to.
/// </summary>
public abstract class ComplaintClockApp(TestDatabaseKind kind) : FakeClockApp(kind, Start)
{
    public static readonly DateTimeOffset Start = new(2025, 9, 26, 10, 0, 0, TimeSpan.FromHours(8));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Complaints:SweepIntervalMinutes"] = "0" };
}

public sealed class SqliteComplaintApp() : ComplaintClockApp(TestDatabaseKind.Sqlite);

public sealed class PostgresComplaintApp() : ComplaintClockApp(TestDatabaseKind.Postgres);
