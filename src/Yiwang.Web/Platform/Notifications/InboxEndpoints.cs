using Microsoft.AspNetCore.Mvc;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Notifications;

internal static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/inbox").RequireAuthorization().WithTags("Inbox / 站内消息");

        api.MapGet("/", async (int? take, bool? unreadOnly, UserInbox inbox, HttpContext http, CancellationToken ct) =>
            {
                if (take is < 1 or > UserInbox.MaxTake)
                {
                    return Results.ValidationProblem(
                        new Dictionary<string, string[]> { ["take"] = [Bilingual.T($"take 须在 1 到 {UserInbox.MaxTake} 之间", $"take must be between 1 and {UserInbox.MaxTake}")] },
                        title: Bilingual.T("请求数据有误", "The request has invalid fields"));
                }

                return Results.Ok(await inbox.ListAsync(UserId(http), take ?? 50, unreadOnly ?? false, ct));
            })
            .WithSummary("The caller's own inbox, newest first, with the unread count / 本人站内消息");

        api.MapPost("/{id:guid}/read", async (Guid id, UserInbox inbox, HttpContext http, CancellationToken ct) =>
                await inbox.MarkReadAsync(UserId(http), id, ct)
                    ? Results.NoContent()
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Bilingual.T("消息不存在", "No such message")))
            // Bearer clients send no antiforgery token; cookie callers are covered by the SameSite=Strict cookie.
            .DisableAntiforgery()
            .WithSummary("Mark one of the caller's messages read / 标记为已读");

        // The inbox page's button: a plain form post, then back to the inbox. Binding a form field is what makes the
        // framework check the antiforgery token here; the field itself is not used.
        app.MapPost("/inbox/{id:guid}/read", async (Guid id, [FromForm(Name = "source")] string? source, UserInbox inbox, HttpContext http, CancellationToken ct) =>
            {
                await inbox.MarkReadAsync(UserId(http), id, ct);
                return Results.LocalRedirect("/inbox");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    private static string UserId(HttpContext http) => CallerScope.FromPrincipal(http.User).UserId;
}
