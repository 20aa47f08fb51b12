using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.RevealContact;

internal static class RevealContactEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapGet("/{id:long}/contact", async (long id, RevealContactHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.RevealAsync(id, CallerScope.FromPrincipal(http.User), ct)).ToHttp(contact => Results.Ok(contact)))
            .WithSummary("The complainant's contact, unmasked; audited / 查看联系人（留痕）");
}
