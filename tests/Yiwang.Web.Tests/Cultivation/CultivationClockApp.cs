using Yiwang.Testing;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>
/// A host whose clock starts on 2026-04-15, 10:00 China time (the 2026 rules in force since 04-01), and that tests move
/// forward into the next year's annual-update window. The daily reminder run and the complaint sweep are off so tests
/// run the reminders when they mean to.
/// </summary>
public abstract class CultivationClockApp(TestDatabaseKind kind) : FakeClockApp(kind, Start)
{
    public static readonly DateTimeOffset Start = new(2026, 4, 15, 10, 0, 0, TimeSpan.FromHours(8));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Cultivation:ReminderIntervalMinutes"] = "0", ["Complaints:SweepIntervalMinutes"] = "0",
    };
}

public sealed class SqliteCultivationClockApp() : CultivationClockApp(TestDatabaseKind.Sqlite);

public sealed class PostgresCultivationClockApp() : CultivationClockApp(TestDatabaseKind.Postgres);
