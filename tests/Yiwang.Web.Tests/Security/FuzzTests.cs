using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Security;

/// <summary>
/// Issue 14's bounded fuzz pass: every JSON endpoint's body, every query parameter of the OpenAPI document, and every
/// page route with bad query values. Deterministic (one seeded <see cref="Random"/>), a few thousand requests. Never a
/// 5xx; every 4xx of the API is a problem-details document with a title.
/// </summary>
public sealed partial class FuzzTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const int RandomObjectsPerEndpoint = 12;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SweepRole[] FuzzAsFirstOf =
        [SweepRole.Enterprise, SweepRole.CountyOfficial, SweepRole.ProvinceOfficial, SweepRole.Admin, SweepRole.Anonymous];

    [Fact]
    public async Task JsonBodies_AndQueryParameters_NeverAnswer5xx_AndRefuseWithProblemDetails()
    {
        var (operations, document) = await OpenApiOperations.ReadAsync(app);
        var foreign = await ForeignObjects.FindAsync(app);
        var clients = new Dictionary<SweepRole, HttpClient>();
        foreach (var role in FuzzAsFirstOf) clients[role] = await SweepRoles.ClientAsync(app, role);
        var random = new Random(20_261_208);
        var findings = new List<string>();
        var requests = 0;
        try
        {
            foreach (var operation in operations.Where(o => !EndsASession(o)))
            {
                var client = clients[RoleFor(operation)];
                var path = foreign.Fill(operation.Template);
                foreach (var body in BodiesFor(operation, document, random))
                {
                    requests++;
                    await CheckAsync(client, operation.Method, path, body, findings);
                }
                foreach (var parameter in operation.QueryParameters)
                {
                    foreach (var value in FuzzValues.QueryValues)
                    {
                        requests++;
                        await CheckAsync(client, operation.Method, $"{path}?{parameter}={Uri.EscapeDataString(value)}", operation.IsWrite ? "{}" : null, findings);
                    }
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values) client.Dispose();
        }

        SuiteFigures.Report($"API fuzz ({app.Kind}): {requests} requests over {operations.Count} routes, {findings.Count} findings (5xx or a 4xx without problem details)");
        Assert.True(findings.Count == 0, string.Join('\n', findings.Distinct().Take(60)));
        Assert.True(requests > 1000, "the fuzz reached the endpoints");
    }

    [Fact]
    public async Task EveryPage_WithBadQueryValues_NeverAnswers500()
    {
        var templates = PageTemplates();
        var findings = new List<string>();
        var requests = 0;
        foreach (var email in new string?[] { null, SeededAccounts.Enterprise, SeededAccounts.OfficialXihu, SeededAccounts.Admin })
        {
            using var client = email is null ? app.CreateClient() : await PageClient.SignedInAsync(app, email);
            foreach (var template in templates)
            {
                var path = RouteParameter().Replace(template, "1");
                var queries = FuzzValues.PageValues.Select(v => string.Join('&', FuzzValues.PageKeys.Select(k => $"{k}={Uri.EscapeDataString(v)}")))
                    .Concat(FuzzValues.PageKeys.Select(k => $"{k}=abc"));
                foreach (var query in queries)
                {
                    requests++;
                    using var response = await client.GetAsync($"{path}?{query}", Ct);
                    if ((int)response.StatusCode >= 500) findings.Add($"{email ?? "anonymous"} GET {path}?{query} → {(int)response.StatusCode}");
                }
            }
        }

        SuiteFigures.Report($"page fuzz ({app.Kind}): {requests} requests over {templates.Count} @page routes × 4 callers, {findings.Count} × 5xx");
        Assert.True(findings.Count == 0, string.Join('\n', findings.Take(60)));
        Assert.True(templates.Count > 20, "the @page routes were found");
    }

    private static async Task CheckAsync(HttpClient client, string method, string url, string? body, List<string> findings)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request, Ct);
        var status = (int)response.StatusCode;
        var shown = body is { Length: > 60 } ? body[..60] + "…" : body;
        if (status >= 500) findings.Add($"{method} {Shorten(url)} {shown} → {status}");
        else if (status is >= 400 and < 500 && !await IsProblemWithTitleAsync(response))
            findings.Add($"{method} {Shorten(url)} {shown} → {status} without problem details ({response.Content.Headers.ContentType})");
    }

    private static async Task<bool> IsProblemWithTitleAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return false;
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            return json.RootElement.TryGetProperty("title", out var title) && !string.IsNullOrWhiteSpace(title.GetString());
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The whole-body shapes, then each property alone with each hostile value, then random mixtures.</summary>
    private static IEnumerable<string> BodiesFor(OpenApiOperation operation, JsonElement document, Random random)
    {
        if (operation.JsonBodySchema is not { } schema) yield break;
        foreach (var body in FuzzValues.Bodies) yield return body;
        var properties = PropertiesOf(document, schema);
        foreach (var property in properties)
        {
            foreach (var value in FuzzValues.JsonValues) yield return $"{{{JsonSerializer.Serialize(property)}:{value}}}";
        }
        if (properties.Count == 0) yield break;
        for (var i = 0; i < RandomObjectsPerEndpoint; i++)
        {
            var members = properties.Select(p => $"{JsonSerializer.Serialize(p)}:{FuzzValues.JsonValues[random.Next(FuzzValues.JsonValues.Count)]}");
            yield return "{" + string.Join(',', members) + "}";
        }
    }

    private static List<string> PropertiesOf(JsonElement document, JsonElement schema)
    {
        var resolved = OpenApiOperations.Resolve(document, schema);
        return resolved.TryGetProperty("properties", out var properties) ? [.. properties.EnumerateObject().Select(p => p.Name)] : [];
    }

    /// <summary>The first role the policy lets through, so the fuzz reaches the handler rather than the authorization check.</summary>
    private static SweepRole RoleFor(OpenApiOperation operation)
    {
        var may = AccessPolicy.MayPass(operation.Key) ?? [];
        return FuzzAsFirstOf.FirstOrDefault(may.Contains, SweepRole.Admin);
    }

    private static bool EndsASession(OpenApiOperation operation) =>
        operation.Template.Contains("logout", StringComparison.Ordinal) || operation.Template.Contains("sign-out", StringComparison.Ordinal);

    private static string Shorten(string url) => url.Length > 120 ? url[..120] + "…" : url;

    /// <summary>Every @page template of the host and its modules (the E2E crawl's RoutePattern reads them the same way).</summary>
    private static List<string> PageTemplates()
    {
        var assemblies = new[] { typeof(Program).Assembly }
            .Concat(typeof(Program).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Yiwang.", StringComparison.Ordinal)).Select(Assembly.Load));
        return [.. assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Where(t => !t.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex RouteParameter();
}
