using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Yiwang.Cultivation.Domain.DigitalLevel;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.DigitalLevel;

/// <summary>/api/v1/cultivation/digital-level: the index, anonymous scoring, and an enterprise's saved assessments.</summary>
internal static class DigitalLevelEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/digital-level");
        group.MapGet("/index", () => Results.Ok(DigitalLevelHandler.Index)).AllowAnonymous()
            .WithSummary("The 2024 digital-level index with sources and confidence / 数字化水平评测指标（2024年版）");
        group.MapPost("/scores", (DigitalLevelAnswers? answers) =>
            {
                if (answers is null) return NoBody();
                var errors = answers.Validate(DigitalLevelHandler.Index, complete: true);
                return errors.Count > 0 ? ApiProblems.Invalid(errors) : Results.Ok(DigitalLevelScorer.Score(DigitalLevelHandler.Index, answers));
            })
            .AllowAnonymous().RequireRateLimiting("submit").DisableAntiforgery()
            .WithSummary("Score answers without saving / 试算数字化水平（不保存）");
        group.MapPost("/assessments", async (DigitalLevelAnswers? answers, [FromServices] DigitalLevelHandler handler, HttpContext http) =>
            {
                if (answers is null) return NoBody();
                var caller = CallerScope.FromPrincipal(http.User);
                if (!caller.IsEnterprise) return ApiProblems.Status(StatusCodes.Status403Forbidden, new("只有企业用户可以保存评测", "Only an enterprise user saves an assessment"));
                var (saved, errors) = await handler.CompleteAsync(caller, answers, http.RequestAborted);
                return saved is null ? ApiProblems.Invalid(errors) : Results.Created($"/api/v1/cultivation/digital-level/assessments/{saved.Id}", saved);
            })
            .RequireAuthorization().WithSummary("Complete and save an assessment (enterprise) / 保存数字化水平评测");
        group.MapGet("/assessments", async ([FromServices] DigitalLevelHandler handler, HttpContext http) =>
                Results.Ok(await handler.ListOwnAsync(CallerScope.FromPrincipal(http.User), http.RequestAborted)))
            .RequireAuthorization().WithSummary("The enterprise's own assessments / 本企业的评测记录");
        group.MapGet("/assessments/{id:long}", async (long id, [FromServices] DigitalLevelHandler handler, HttpContext http) =>
                await handler.FindAsync(id, CallerScope.FromPrincipal(http.User), http.RequestAborted) is { } saved
                    ? Results.Ok(saved)
                    : ApiProblems.Status(StatusCodes.Status404NotFound, new("没有找到该评测", "No such assessment")))
            .RequireAuthorization().WithSummary("One saved assessment with the full report / 评测报告");
    }

    private static IResult NoBody() => ApiProblems.Invalid(new Dictionary<string, Bilingual> { ["body"] = new("请求体不能为空", "The request body is required") });
}
