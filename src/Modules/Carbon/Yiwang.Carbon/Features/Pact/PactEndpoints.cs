using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Features.Footprints;

namespace Yiwang.Carbon.Features.Pact;

/// <summary>
/// The PACT v2 host API: <c>POST /auth/token</c> (client credentials, HTTP Basic), <c>GET /2/footprints</c> and
/// <c>GET /2/footprints/{id}</c>. These use their own bearer tokens (see <see cref="PactCredentials"/>), not the
/// platform's sign-in, so the endpoints carry no platform authorization and check the token themselves.
/// </summary>
internal static class PactEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var pact = app.MapGroup("").WithTags("PACT");
        pact.MapPost("/auth/token", TokenAsync)
            .DisableAntiforgery() // machine-to-machine; the client secret is the credential
            .RequireRateLimiting("submit")
            .WithSummary("PACT: OAuth2 client-credentials token / PACT 访问令牌");
        pact.MapGet("/.well-known/openid-configuration", (HttpContext http, PactBaseUrl site) =>
        {
            var root = site.For(http.Request);
            var document = new JsonObject
            {
                ["token_endpoint"] = $"{root}/auth/token",
                ["grant_types_supported"] = new JsonArray("client_credentials"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic"),
            };
            if (root.Length > 0) document["issuer"] = root; // an issuer is an absolute URL; without a configured one there is none to state
            return Results.Json(document);
        }).WithSummary("PACT: authentication metadata");
        pact.MapGet("/2/footprints", ListAsync).WithSummary("PACT v2: ListFootprints / 列出产品碳足迹");
        pact.MapGet("/2/footprints/{id}", GetAsync).WithSummary("PACT v2: GetFootprint / 获取产品碳足迹");
    }

    private static async Task<IResult> TokenAsync(HttpContext http, PactCredentials credentials, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!http.Request.HasFormContentType) return OAuthError(400, "invalid_request", "use application/x-www-form-urlencoded");
        var form = await http.Request.ReadFormAsync(ct);
        if (form["grant_type"] != "client_credentials") return OAuthError(400, "unsupported_grant_type", "only client_credentials is supported");
        var (id, secret) = BasicCredentials(http.Request.Headers.Authorization) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        var token = string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret) ? null : await credentials.IssueTokenAsync(id, secret, ct);
        if (token is null)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"pact\"";
            return OAuthError(401, "invalid_client", "unknown client or wrong secret");
        }

        return Results.Json(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bearer",
            ["expires_in"] = (int)PactCredentials.TokenLifetime.TotalSeconds,
        });
    }

    private static async Task<IResult> ListAsync(HttpContext http, PactCredentials credentials, CarbonDbContext db, PactBaseUrl site, CancellationToken ct)
    {
        var (owner, error) = await credentials.ValidateAsync(http.Request.Headers.Authorization, ct);
        if (owner is null) return Error(error!.Value);
        if (http.Request.Query.ContainsKey("$filter")) return Error(PactError.NotImplemented, "$filter is not supported by this host");
        var limit = DefaultLimit;
        if (http.Request.Query.TryGetValue("limit", out var l) && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
            return Error(PactError.BadRequest, "limit must be a positive integer");
        limit = Math.Min(limit, MaxLimit);
        var offset = 0;
        if (http.Request.Query.TryGetValue("offset", out var o) && (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
            return Error(PactError.BadRequest, "offset must be a non-negative integer");

        var page = await db.Footprints.AsNoTracking().Where(f => f.OwnerUscc == owner)
            .OrderBy(f => f.CreatedAtUtc).ThenBy(f => f.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        if (page.Count > limit)
        {
            // RFC 8288 next link; offsets stay valid as footprints are only ever added.
            var next = $"{site.For(http.Request)}/2/footprints?limit={limit}&offset={offset + limit}";
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
            page.RemoveAt(limit);
        }

        var data = new JsonArray([.. page.Select(f => (JsonNode)PactExport.ProductFootprint(f, FootprintHandler.Read(f)))]);
        return Results.Json(new JsonObject { ["data"] = data });
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, PactCredentials credentials, CarbonDbContext db, CancellationToken ct)
    {
        var (owner, error) = await credentials.ValidateAsync(http.Request.Headers.Authorization, ct);
        if (owner is null) return Error(error!.Value);
        if (!Guid.TryParse(id, out var pfId)) return Error(PactError.BadRequest, "the footprint id must be a UUID");
        var record = await db.Footprints.AsNoTracking().FirstOrDefaultAsync(f => f.Id == pfId && f.OwnerUscc == owner, ct);
        return record is null
            ? Error(PactError.NoSuchFootprint)
            : Results.Json(new JsonObject { ["data"] = PactExport.ProductFootprint(record, FootprintHandler.Read(record)) });
    }

    private static (string Id, string Secret)? BasicCredentials(string? header)
    {
        const string Prefix = "Basic ";
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header[Prefix.Length..].Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            // RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
            return colon < 0 ? null : (Uri.UnescapeDataString(text[..colon].Replace('+', ' ')), Uri.UnescapeDataString(text[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static IResult OAuthError(int status, string code, string description) =>
        Results.Json(new JsonObject { ["error"] = code, ["error_description"] = description }, statusCode: status);

    /// <summary>PACT error body <c>{code, message}</c>; status per the spec's table (mapping marked unconfirmed in the fact sheet).</summary>
    private static IResult Error(PactError error, string? message = null)
    {
        var (status, text) = error switch
        {
            PactError.AccessDenied => (403, "Access denied"),
            PactError.TokenExpired => (401, "The specified access token has expired"),
            PactError.NoSuchFootprint => (404, "The specified footprint does not exist"),
            PactError.NotImplemented => (400, "The specified action or header is not implemented"),
            _ => (400, "Bad request"),
        };
        return Results.Json(new JsonObject { ["code"] = error.ToString(), ["message"] = message ?? text }, statusCode: status);
    }
}
