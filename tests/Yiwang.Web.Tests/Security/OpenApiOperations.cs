using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Security;

/// <summary>One operation of the host's OpenAPI document: what the sweep and the fuzz pass call.</summary>
internal sealed record OpenApiOperation(string Method, string Template, IReadOnlyList<string> QueryParameters, JsonElement? JsonBodySchema, bool TakesForm)
{
    public string Key => $"{Method} {Template}";

    public bool IsWrite => Method is not "GET";
}

internal static class OpenApiOperations
{
    /// <summary>Every operation of <c>/openapi/v1.json</c> as served by the test host, with the body schemas resolved.</summary>
    public static async Task<(IReadOnlyList<OpenApiOperation> Operations, JsonElement Document)> ReadAsync(YiwangApp app)
    {
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Name is "parameters" or "summary" or "description") continue;
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                JsonElement? json = null;
                var form = false;
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    if (content.TryGetProperty("application/json", out var media) && media.TryGetProperty("schema", out var schema)) json = Resolve(document, schema);
                    form = content.EnumerateObject().Any(c => c.Name.StartsWith("multipart/", StringComparison.Ordinal) || c.Name.StartsWith("application/x-www-form", StringComparison.Ordinal));
                }
                operations.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name, query, json, form));
            }
        }
        return (operations, document);
    }

    /// <summary>Follows a <c>$ref</c> to its component schema (one level is all the fuzz needs).</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference)) return schema;
        var name = reference.GetString()!.Split('/')[^1];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }
}
