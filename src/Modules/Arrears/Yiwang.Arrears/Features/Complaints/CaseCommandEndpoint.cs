using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// The shape every command on a case has in the API: <c>POST /complaints/{id}/…</c> with a JSON body, run by its handler
/// as the caller, answered 200 with the case's summary or with the handler's problem details.
/// </summary>
internal static class CaseCommandEndpoint
{
    /// <param name="whenEmpty">The body to assume when none is sent (commands whose fields are all optional); null = 400.</param>
    public static RouteHandlerBuilder Map<TBody, THandler>(RouteGroupBuilder cases, string pattern,
        Func<THandler, long, TBody, CallerScope, CancellationToken, Task<CommandResult<CaseSummary>>> run, Func<TBody>? whenEmpty = null)
        where TBody : class where THandler : notnull =>
        cases.MapPost(pattern, async (long id, TBody? body, THandler handler, HttpContext http, CancellationToken ct) =>
            (body ?? whenEmpty?.Invoke()) is not { } given
                ? ApiProblems.BodyRequired()
                : (await run(handler, id, given, CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)));
}
