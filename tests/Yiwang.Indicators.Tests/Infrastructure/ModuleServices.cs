using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Modules;

namespace Yiwang.Indicators.Tests.Infrastructure;

/// <summary>The module's services on a fresh SQLite file, migrated and loaded with the shipped observations.</summary>
internal sealed class ModuleServices : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private readonly string directory;

    private ModuleServices(string directory, ServiceProvider provider)
    {
        this.directory = directory;
        Provider = provider;
    }

    public ServiceProvider Provider { get; }

    public RecordingAuditTrail Audit => (RecordingAuditTrail)Provider.GetRequiredService<IAuditTrail>();

    public static string NewDatabaseFolder() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"yiwang_ind_{Guid.NewGuid():N}")).FullName;

    public static IServiceCollection Register(IServiceCollection services, string folder)
    {
        services.AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddSingleton<IAuditTrail, RecordingAuditTrail>();
        new IndicatorsModule().Register(services, ModuleSettings.WithoutConfiguration(DatabaseSettings.From("sqlite", $"Data Source={Path.Combine(folder, "ind.db")}")));
        return services;
    }

    public static async Task<ModuleServices> CreateAsync()
    {
        var folder = NewDatabaseFolder();
        var provider = Register(new ServiceCollection(), folder).BuildServiceProvider();
        await MigrateAsync(provider);
        return new ModuleServices(folder, provider);
    }

    public static async Task MigrateAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        await new IndicatorsModule().MigrateAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public AsyncServiceScope Scope() => Provider.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        DeleteFolder(directory);
    }

    public static void DeleteFolder(string folder)
    {
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
