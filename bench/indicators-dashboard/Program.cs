using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Yiwang.Indicators;
using Yiwang.Indicators.Bench;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features.ViewIndicators;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Modules;

// Server time of the indicator dashboards on a database of INDICATORS × REGIONS × YEARS of monthly values.
// Each request is what the web host does for the page: a DI scope, the page component rendered to HTML (database reads,
// progress evaluation, chart coordinates, markup). Kestrel, routing, auth and the layout are not included.
// usage: Yiwang.Indicators.Bench --provider sqlite|postgres --connection CS [--indicators 200] [--regions 32] [--years 10] [--requests 300]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);
string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
if (options.TryGetValue("admin-sql", out var adminSql))
{
    // Creating and dropping the benchmark database without needing psql on the machine.
    await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(Option("admin", "")) { Database = "postgres", Pooling = false }.ToString());
    await admin.OpenAsync();
    await using var command = new Npgsql.NpgsqlCommand(adminSql, admin);
    await command.ExecuteNonQueryAsync();
    return 0;
}

var settings = DatabaseSettings.From(Option("provider", "sqlite"), Option("connection", "Data Source=/tmp/yiwang-indicators-bench.db"));
var indicators = int.Parse(Option("indicators", "200"), CultureInfo.InvariantCulture);
var regions = int.Parse(Option("regions", "32"), CultureInfo.InvariantCulture);
var years = int.Parse(Option("years", "10"), CultureInfo.InvariantCulture);
var requests = int.Parse(Option("requests", "300"), CultureInfo.InvariantCulture);

var catalogue = SyntheticCatalogue.Build(indicators);
var module = new IndicatorsModule();
var registrations = new ServiceCollection().AddLogging().AddSingleton<IAuditTrail, NoAudit>();
module.Register(registrations, ModuleSettings.WithoutConfiguration(settings));
var services = registrations.AddSingleton(catalogue).BuildServiceProvider();
await using (var scope = services.CreateAsyncScope())
{
    await module.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
    var (rows, took) = await DataGenerator.FillAsync(scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>(), catalogue, regions, years, CancellationToken.None);
    Console.WriteLine($"provider={settings.Provider} indicators={catalogue.Indicators.Count} regions={regions} years={years} generated_rows={rows} load_s={took.TotalSeconds:F1}");
}

await MeasureQuery();
await Measure<IndicatorsPage>("dashboard /indicators", []);
await Measure<IndicatorPage>("indicator /indicators/5g-base-stations", new() { ["Code"] = "5g-base-stations" });
await Measure<IndicatorPage>("indicator /indicators/bench-150", new() { ["Code"] = "bench-150" });
await Measure<Yiwang.Indicators.Features.ViewArea.AreaPage>("area /indicators/area/ict", new() { ["Area"] = "ict" });
return 0;

async Task Measure<TPage>(string name, Dictionary<string, object?> parameters) where TPage : IComponent
{
    var times = new List<double>(requests);
    var bytes = 0;
    for (var i = -Math.Min(30, requests); i < requests; i++) // the first iterations warm up the JIT and the connection pool
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        watch.Stop();
        bytes = html.Length;
        if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: n={times.Count} p50={P(0.50):F1}ms p95={P(0.95):F1}ms p99={P(0.99):F1}ms max={times[^1]:F1}ms html_chars={bytes}"));
}

// The dashboard's one database read on its own, to split the page time into query and evaluation + markup.
async Task MeasureQuery()
{
    var times = new List<double>();
    for (var i = -30; i < requests; i++)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var national = await scope.ServiceProvider.GetRequiredService<ObservationStore>().RecentAsync(IndicatorCatalogue.NationalRegion, [.. catalogue.Indicators.Select(i => i.Code)], Yiwang.Indicators.Domain.Progress.ProgressCalculator.TrendWindow, CancellationToken.None);
        watch.Stop();
        if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
        if (i == 0) Console.WriteLine($"national rows read by the dashboard: {national.Values.Sum(s => s.Count)}");
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"query only (national series): p50={times[times.Count / 2]:F1}ms p99={times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]:F1}ms"));
}

internal sealed class NoAudit : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
