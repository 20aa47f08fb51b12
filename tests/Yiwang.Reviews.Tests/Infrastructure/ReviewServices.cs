using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Persistence;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;

namespace Yiwang.Reviews.Tests.Infrastructure;

/// <summary>The review workflow alone on a fresh SQLite file, with a fake clock (Beijing time) and recording audit and notices.</summary>
internal sealed class ReviewServices : IAsyncDisposable
{
    private readonly string folder;

    private ReviewServices(string folder, ServiceProvider provider, FakeTimeProvider clock) => (this.folder, Provider, Clock) = (folder, provider, clock);

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingAuditTrail Audit => (RecordingAuditTrail)Provider.GetRequiredService<IAuditTrail>();

    public RecordingNotifier Notices => (RecordingNotifier)Provider.GetRequiredService<INotifier>();

    /// <param name="today">The day in China (10:00 Beijing time).</param>
    public static async Task<ReviewServices> CreateAsync(DateOnly today)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"yiwang_rev_{Guid.NewGuid():N}")).FullName;
        var clock = new FakeTimeProvider(At(today));
        var services = new ServiceCollection().AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IAuditTrail, RecordingAuditTrail>()
            .AddSingleton<INotifier, RecordingNotifier>();
        ReviewsDatabase.Definition.Register(services, DatabaseSettings.From("sqlite", $"Data Source={Path.Combine(folder, "rev.db")}"));
        services.AddReviews();
        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope()) await ReviewsDatabase.Definition.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        return new ReviewServices(folder, provider, clock);
    }

    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public void MoveTo(DateOnly day) => Clock.SetUtcNow(At(day));

    /// <summary>Each command in its own scope, as each request has its own.</summary>
    public async Task<T> RunAsync<T>(Func<ReviewFilings, Task<T>> command)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await command(scope.ServiceProvider.GetRequiredService<ReviewFilings>());
    }

    public async Task<T> QueryAsync<T>(Func<ReviewQueries, Task<T>> query)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewQueries>());
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }
}

internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly List<AuditEvent> events = [];

    public IReadOnlyList<AuditEvent> Events { get { lock (events) return [.. events]; } }

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        lock (events) events.Add(auditEvent);
        return Task.CompletedTask;
    }
}

internal sealed class RecordingNotifier : INotifier
{
    private readonly List<(NotificationRecipients To, Notification Message)> sent = [];

    public IReadOnlyList<(NotificationRecipients To, Notification Message)> Sent { get { lock (sent) return [.. sent]; } }

    public Task NotifyAsync(NotificationRecipients recipients, Notification message, CancellationToken cancellationToken)
    {
        lock (sent) sent.Add((recipients, message));
        return Task.CompletedTask;
    }
}
