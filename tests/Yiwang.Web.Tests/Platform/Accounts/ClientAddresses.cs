using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>
/// Test-only: the in-memory server has no client address, so a request names its own in <see cref="Header"/> — as if
/// it came from another machine (an attacker's, the owner's).
/// </summary>
internal sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, proceed) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            return proceed(context);
        });
        next(app);
    };
}
