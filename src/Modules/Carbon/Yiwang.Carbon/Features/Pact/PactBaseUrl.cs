using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Yiwang.Carbon.Features.Pact;

/// <summary>
/// The address customers' systems are told to use (discovery document, <c>Link: rel="next"</c>). It comes from
/// <c>Site:PublicBaseUrl</c>: the Host header is the caller's to choose (AllowedHosts is "*" behind the load balancer),
/// so echoing it would let a forged request point a customer's system at another host. Without the setting, Development
/// falls back to the request (a laptop has no public address); elsewhere the answers carry paths relative to this host.
/// </summary>
internal sealed class PactBaseUrl(IConfiguration configuration, IHostEnvironment environment)
{
    public const string Setting = "Site:PublicBaseUrl";

    /// <summary>"https://yiwang.example.gov.cn" (no trailing slash), or "" for host-relative paths.</summary>
    public string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (configuration[Setting] is { Length: > 0 } configured && Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http")
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return environment.IsDevelopment() ? $"{request.Scheme}://{request.Host}" : string.Empty;
    }
}
