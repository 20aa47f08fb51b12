using Yiwang.Web.Platform.Auditing;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scalar.AspNetCore;
using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Web.Components;
using Yiwang.Web.Platform;
using Yiwang.Web.Platform.Errors;
using Yiwang.Web.Platform.Identity;
using Yiwang.Web.Platform.Identity.Keys;
using Yiwang.Web.Platform.Identity.Sessions;
using Yiwang.Web.Platform.Localization;
using Yiwang.Web.Platform.Reference;
using Yiwang.Web.Platform.Startup;
using Yiwang.Web.Platform.Notifications;
using Yiwang.Web.Platform.Calendar;

var builder = WebApplication.CreateBuilder(args);
var database = DatabaseSettings.From(builder.Configuration["Database:Provider"], builder.Configuration.GetConnectionString("Yiwang"));

var seedDemo = DemoSeedSetting.IsRequested(builder.Configuration, builder.Environment);
builder.AddHostSecurity();
builder.Services.AddPlatformCore(database, AuditChainSettings.From(builder.Configuration, builder.Environment.IsProduction(), database, builder.Environment.ContentRootPath));
builder.Services.AddHostedService<AuditAnchorJob>();
builder.Services.AddPlatformIdentity(builder.Configuration);
builder.Services.AddPlatformKeyRing(builder.Configuration, builder.Environment, database);
builder.Services.AddPlatformAccounts();
builder.Services.AddPlatformProblemDetails();
builder.Services.AddPlatformRateLimits(builder.Configuration);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Yiwang API / 一网 API";
    document.Info.Description = "Errors are RFC 7807 problem details in the request's Accept-Language (zh-CN default, en). " +
        "Get an access token (15 minutes) and a refresh token from POST /api/v1/auth/token, send the access token as " +
        "'Authorization: Bearer …', renew both with POST /api/v1/auth/refresh and end them with POST /api/v1/auth/logout.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks();
builder.Services.AddRazorComponents();
// Chinese text as characters rather than &#x...; entities: smaller pages, readable source; still HTML-encoded.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddHttpContextAccessor();
builder.Services.AddModules(Modules.All, new ModuleSettings(database, builder.Configuration));
builder.Services.AddPlatformNotifications(builder.Configuration);
builder.Services.AddPlatformCalendar();
builder.Services.AddScoped<Yiwang.Web.Platform.Workbench.WorkbenchAssembler>();
builder.Services.AddScoped<Yiwang.Web.Platform.Auditing.AuditLogQuery>();

var app = builder.Build();

var embedded = database.Provider == DatabaseProvider.Sqlite;
if (app.Configuration.GetValue("Database:MigrateOnStartup", embedded)) await DatabaseInitializer.MigrateAsync(app.Services);
if (seedDemo)
{
    await DatabaseInitializer.SeedDemoAsync(app.Services, app.Logger);
    app.Logger.LogInformation("Demo accounts (password {Password}): {Accounts}", DemoAccounts.Password,
        string.Join(", ", DemoAccounts.All.Select(a => $"{a.Email} [{a.Role}]")));
}

app.UseHostSecurity();
app.UseSecurityHeaders();
app.UseErrorAnswers();
app.UseRequestBodyLimitFor("/api", 32 * 1024 * 1024);
app.UsePlatformCultures();
app.UseApiReferenceLanguage();
app.UseAuthentication();
app.UseSessionCheck();
app.UseCrossSiteApiGuard();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

// Build-time compressed (br, gzip) and fingerprinted assets, the kernel UI system's and the browser libraries' included.
app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapOpenApi("/openapi/{documentName}.json");
// The reference shows our API only: no vendor chat, MCP, telemetry, deploy buttons or fonts from a CDN.
app.MapScalarApiReference("/api-reference", o => o.WithTitle("Yiwang API / 一网 API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
    .DisableAgent().DisableMcp().DisableTelemetry().DisableDefaultFonts().HideDeveloperTools().WithDotNetFlag(false).WithFavicon("/favicon.svg").WithCustomCss(ApiReferencePage.ContrastCss));
app.MapCultureSwitch();
app.MapReferenceEndpoints();
app.MapAuthEndpoints();
app.MapAccountEndpoints();
app.MapModules(Modules.All);
app.MapInboxEndpoints();
app.MapCalendarEndpoints();
app.MapRazorComponents<App>().AddAdditionalAssemblies([.. Modules.PageAssemblies]);

await app.RunAsync();

/// <summary>Entry point; public so tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
