using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.BrowseComplaints;
using Yiwang.Arrears.Features.ComplaintEvidence;
using Yiwang.Arrears.Features.ComplaintRouting;
using Yiwang.Arrears.Features.ConcludeComplaint;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Arrears.Features.HandleComplaint;
using Yiwang.Arrears.Features.ReviewComplaint;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>The complaint API: one endpoint per command, each answering problem details on bad input.</summary>
internal static class ComplaintEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/complaints").RequireAuthorization().DisableAntiforgery().WithTags("Complaints");

        cases.MapGet("/", async (string? status, string? region, string? alert, string? q, int? page, int? pageSize,
            BrowseComplaintsHandler handler, HttpContext http, CancellationToken ct) =>
            Results.Ok(await handler.ListAsync(new ComplaintFilter(status, region, alert, q), page ?? 1, pageSize ?? 20, Scope(http), ct)))
            .WithSummary("Cases within your scope, masked / 投诉案件列表（按权限，个人信息脱敏）");

        cases.MapGet("/{id:long}", async (long id, BrowseComplaintsHandler handler, HttpContext http, CancellationToken ct) =>
            await handler.FindAsync(id, Scope(http), ct) is { } detail ? Results.Ok(detail) : ApiProblems.NotFound(CaseCommandResult.NotFoundText))
            .WithSummary("One case with deadlines and timeline / 案件详情");

        cases.MapGet("/{id:long}/contact", async (long id, BrowseComplaintsHandler handler, HttpContext http, CancellationToken ct) =>
            (await handler.ContactAsync(id, Scope(http), ct)).ToHttp(c => Results.Ok(new ComplaintContact(c.ContactName, c.ContactPhone))))
            .WithSummary("The complainant's contact, unmasked; audited / 查看联系人（留痕）");

        cases.MapPost("/", async (ComplaintDraftRequest? body, FileComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (body is null) return ApiProblems.BodyRequired();
                var scope = Scope(http);
                if (!scope.IsEnterprise) return ApiProblems.Forbidden(FileComplaintHandler.EnterpriseOnly);
                var (created, errors) = await handler.CreateDraftAsync(body, scope, ct);
                return created is null ? ApiProblems.Invalid(errors) : Results.Created($"/api/v1/complaints/{created.Id}", new { created.Id, created.Version, Status = created.Status.ToString() });
            })
            .RequireRateLimiting("submit")
            .WithSummary("Save a new draft complaint / 保存投诉草稿");

        cases.MapPut("/{id:long}", async (long id, ComplaintDraftRequest? body, FileComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (body is null) return ApiProblems.BodyRequired();
                var (result, errors) = await handler.UpdateDraftAsync(id, body, Scope(http), ct);
                return errors.Count > 0 ? ApiProblems.Invalid(errors) : result.ToHttp(Summary);
            })
            .WithSummary("Update a draft or returned complaint / 修改草稿或补正");

        cases.MapPost("/{id:long}/submission", async (long id, VersionInput? body, FileComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var (result, errors) = await handler.SubmitAsync(id, Scope(http), body?.ExpectedVersion, ct);
                return errors.Count > 0 ? ApiProblems.Invalid(errors) : result.ToHttp(Summary);
            })
            .RequireRateLimiting("submit")
            .WithSummary("Submit (checks SME status, completeness, duplicates) / 提交投诉");

        cases.MapPost("/{id:long}/evidence", async (long id, IFormFile? file, EvidenceHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null) return ApiProblems.Invalid("file", new("请选择文件", "Choose a file"));
                if (file.Length > Domain.Complaints.EvidenceInspector.MaxBytes) return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: EvidenceHandler.TooLarge.Current);
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var (result, stored) = await handler.UploadAsync(id, file.FileName, buffer.ToArray(), Scope(http), ct);
                return result.ToHttp(_ => Results.Created($"/api/v1/complaints/{id}/evidence/{stored!.Id}",
                    new EvidenceView(stored.Id, stored.FileName, stored.ContentType, stored.SizeBytes, stored.Sha256, stored.UploadedAt)));
            })
            .RequireRateLimiting("submit")
            .WithSummary("Upload evidence (PDF/JPEG/PNG by content, ≤10 MB) / 上传证明材料");

        cases.MapGet("/{id:long}/evidence/{evidenceId:long}", async (long id, long evidenceId, EvidenceHandler handler, HttpContext http, CancellationToken ct) =>
            await handler.DownloadAsync(id, evidenceId, Scope(http), ct) is { } found
                ? Results.File(found.Bytes, found.File.ContentType, found.File.FileName)
                : ApiProblems.NotFound(CaseCommandResult.NotFoundText))
            .WithSummary("Download evidence (audited) / 下载证明材料");

        MapReview(cases);
        MapHandling(cases);
        MapConclusion(cases);

        api.MapGet("/admin/complaint-routing", async (RoutingRulesHandler handler, HttpContext http, CancellationToken ct) =>
                Scope(http).IsAdmin || Scope(http).IsOfficial ? Results.Text((await handler.CurrentAsync(ct)).ToJson(), "application/json") : ApiProblems.Forbidden(AdminOnly))
            .RequireAuthorization().WithTags("Complaints").WithSummary("Routing rules in force / 投诉转交规则");
        api.MapPut("/admin/complaint-routing", async (HttpContext http, RoutingRulesHandler handler, CancellationToken ct) =>
            {
                if (!Scope(http).IsAdmin) return ApiProblems.Forbidden(AdminOnly);
                using var reader = new StreamReader(http.Request.Body);
                try { return Results.Text((await handler.StoreAsync(await reader.ReadToEndAsync(ct), Scope(http), ct)).ToJson(), "application/json"); }
                catch (InvalidDataException e) { return ApiProblems.Invalid("rules", new(e.Message, e.Message)); }
            })
            .RequireAuthorization().DisableAntiforgery().WithTags("Complaints").WithSummary("Replace the routing rules (admin) / 修改转交规则");
    }

    private static void MapReview(RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/acceptance", async (long id, AcceptanceDecisionRequest? body, ReviewComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired()
            : ReviewComplaintHandler.Check(body) is { Count: > 0 } errors ? ApiProblems.Invalid(errors)
            : (await handler.DecideAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Accept, return for completion, or reject with a statutory ground / 受理审查");

        cases.MapPost("/{id:long}/forwarding", async (long id, ForwardingRequest? body, ReviewComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            (await handler.ForwardAsync(id, body ?? new ForwardingRequest(null, null), Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Forward to the handling department by the routing rules / 转交处理投诉部门");
    }

    private static void MapHandling(RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/steps", async (long id, HandlingStepRequest? body, HandleComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired()
            : HandleComplaintHandler.Check(body) is { Count: > 0 } errors ? ApiProblems.Invalid(errors)
            : (await handler.RecordStepAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Record a handling step: contact, answer, 督办书, 约谈, 通报 / 记录处理过程");

        cases.MapPost("/{id:long}/respondent-answer", async (long id, RespondentAnswerRequest? body, HandleComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null || string.IsNullOrWhiteSpace(body.Answer) || body.Answer.Length > 5000
                ? ApiProblems.Invalid("answer", new("请填写反馈（最多5000字）", "Write your answer (at most 5000 characters)"))
                : (await handler.AnswerAsRespondentAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .RequireRateLimiting("submit")
            .WithSummary("The respondent answers its case / 被投诉人反馈");

        cases.MapPost("/{id:long}/extensions", async (long id, ExtensionRequestInput? body, HandleComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired()
            : HandleComplaintHandler.Check(body) is { Count: > 0 } errors ? ApiProblems.Invalid(errors)
            : (await handler.RequestExtensionAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Request an extension of the handling period (≤90 days in total) / 申请延期");

        cases.MapPost("/{id:long}/extensions/{requestId:long}/decision", async (long id, long requestId, ExtensionDecisionInput? body, HandleComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired() : (await handler.DecideExtensionAsync(id, requestId, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Head of department approves or refuses an extension / 审批延期");

        cases.MapPost("/{id:long}/result", async (long id, ResultRequest? body, HandleComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired()
            : HandleComplaintHandler.Check(body, decimal.MaxValue) is { Count: > 0 } errors ? ApiProblems.Invalid(errors)
            : (await handler.ResolveAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Enter the handling result with written feedback / 形成处理结果");
    }

    private static void MapConclusion(RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/confirmation", async (long id, ConfirmationRequest? body, ConcludeComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired()
            : ConcludeComplaintHandler.Check(body) is { Count: > 0 } errors ? ApiProblems.Invalid(errors)
            : (await handler.AnswerAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("The complainant confirms the result or objects / 投诉人确认或提出异议");

        cases.MapPost("/{id:long}/plan-payments", async (long id, PlanPaymentRequest? body, ConcludeComplaintHandler handler, HttpContext http, CancellationToken ct) =>
            body is null ? ApiProblems.BodyRequired()
            : handler.Check(body) is { Count: > 0 } errors ? ApiProblems.Invalid(errors)
            : (await handler.RecordPaymentAsync(id, body, Scope(http), ct)).ToHttp(Summary))
            .WithSummary("Record a payment under the payment plan / 登记还款计划履行");
    }

    private static readonly Bilingual AdminOnly = new("仅平台管理员可以操作", "Administrators only");

    private static CallerScope Scope(HttpContext http) => CallerScope.FromPrincipal(http.User);

    private static IResult Summary(Domain.Complaints.ComplaintCase c) => Results.Ok(new { c.Id, c.Number, Status = c.Status.ToString(), c.Version });
}

/// <summary>Body of commands that carry nothing but the version the caller saw.</summary>
internal sealed record VersionInput(int? ExpectedVersion);
