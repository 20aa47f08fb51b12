using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// /api/v1/cultivation/applications: apply, review chain, annual update, revocation, renewal; /published: the public list.
/// Decisions carry <c>expectedVersion</c> (the version the reviewer saw); a stale one answers 409 problem details.
/// </summary>
internal static class RecognitionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var apps = api.MapGroup("/applications").RequireAuthorization();
        apps.MapGet("", async ([AsParameters] ApplicationFilter filter, [FromServices] ApplicationQueries queries, HttpContext http) =>
                Results.Ok(await queries.ListAsync(filter, Caller(http), http.RequestAborted)))
            .WithSummary("Applications in the caller's scope / 本人可见的申请（审核队列）");
        apps.MapGet("/{id:long}", async (long id, [FromServices] ApplicationStore store, HttpContext http) =>
                await store.FindAsync(id, Caller(http), http.RequestAborted) is { } app
                    ? Results.Ok(ApplicationDto.From(app, store.Today))
                    : CommandResult.NotFound(ApplicationStore.NotFoundText).ToHttp())
            .WithSummary("One application / 申请详情");
        apps.MapPost("", async (SubmitApplicationRequest? request, [FromServices] SubmitApplicationHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.HandleAsync(request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("Apply for a tier (enterprise) / 企业申请层级认定");
        apps.MapPost("/{id:long}/resubmission", async (long id, SubmitApplicationRequest? request, [FromServices] SubmitApplicationHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.ResubmitAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("Resubmit a returned application (enterprise) / 退回后重新提交");
        apps.MapPost("/{id:long}/local-review", async (long id, ReviewDecision? request, [FromServices] LocalReviewHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.HandleAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("County/city preliminary review / 县（市）初审");
        apps.MapPost("/{id:long}/provincial-decision", async (long id, ReviewDecision? request, [FromServices] ProvincialDecisionHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.HandleAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("Provincial decision or nomination / 省级认定或推荐");
        apps.MapPost("/{id:long}/national-decision", async (long id, ReviewDecision? request, [FromServices] NationalDecisionHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.HandleAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("MIIT decision on a little giant / 工业和信息化部认定小巨人");
        apps.MapPost("/{id:long}/annual-update", async (long id, SubmitApplicationRequest? request, [FromServices] AnnualUpdateHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.HandleAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("Annual data update of a recognised enterprise / 年度信息更新");
        apps.MapPost("/{id:long}/revocation", async (long id, RevokeRequest? request, [FromServices] RevokeHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.HandleAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("Revoke a recognition with a reason / 撤销认定");
        apps.MapPost("/{id:long}/renewal", async (long id, RevokeRequest? request, [FromServices] RevokeHandler handler, HttpContext http) =>
                request is null ? NoBody() : (await handler.RenewAsync(id, request, Caller(http), http.RequestAborted)).ToHttp(dto => Results.Ok(dto)))
            .WithSummary("Review (复核) passed: the recognition continues for another validity period / 复核通过，有效期延续");

        api.MapPost("/admin/annual-update-reminders", async ([FromServices] AnnualUpdateReminders reminders, HttpContext http) =>
                Caller(http).IsAdmin
                    ? Results.Ok(await reminders.RunAsync(http.RequestAborted))
                    : ApiProblems.Status(StatusCodes.Status403Forbidden, new("仅平台管理员可以操作", "Administrators only")))
            .RequireAuthorization().DisableAntiforgery()
            .WithSummary("Send the annual-update reminders now (they also run daily) / 立即发送年度信息更新提醒");

        api.MapGet("/published", async (string? tier, string? region, [FromServices] ApplicationQueries queries, HttpContext http) =>
                Results.Ok(await queries.PublishedAsync(tier, region, http.RequestAborted)))
            .AllowAnonymous()
            .WithSummary("Published list of recognised enterprises in their validity / 认定名单（有效期内）");
    }

    private static CallerScope Caller(HttpContext http) => CallerScope.FromPrincipal(http.User);

    private static IResult NoBody() => ApiProblems.Invalid(new Dictionary<string, Bilingual> { ["body"] = new("请求体不能为空", "The request body is required") });
}
