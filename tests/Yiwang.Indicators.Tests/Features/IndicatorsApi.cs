using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Tests.Infrastructure;

namespace Yiwang.Indicators.Tests.Features;

/// <summary>Only this module's endpoints on a TestServer over a fresh SQLite file, with problem details as the web host sets them up.</summary>
public sealed class IndicatorsApi : IAsyncLifetime
{
    private WebApplication? app;
    private readonly string folder = ModuleServices.NewDatabaseFolder();

    public HttpClient Client { get; private set; } = null!;

    public static DateTimeOffset Now => ModuleServices.Now;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        ModuleServices.Register(builder.Services, folder);
        app = builder.Build();
        await ModuleServices.MigrateAsync(app.Services);
        new IndicatorsModule().MapEndpoints(app);
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (app is not null) await app.DisposeAsync();
        ModuleServices.DeleteFolder(folder);
    }
}
