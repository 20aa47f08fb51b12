using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.CorrectObservation;

internal static class CorrectObservationEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/indicators/{code}/observations/{period}", async (string code, string period, string? region, CorrectionRequest? body,
                IndicatorCatalogue catalogue, CorrectObservationHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (catalogue.Find(code) is null) return IndicatorProblems.UnknownIndicator(code);
                if (!QueryArguments.TryRegion(region, out var regionCode, out var problem)
                    || !QueryArguments.TryPeriod("period", period, out var month, out problem))
                    return problem;
                if (body?.Value is null) return ApiProblems.Invalid("value", new Bilingual("请填写修订后的数值", "Give the corrected value"));
                if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 500)
                    return ApiProblems.Invalid("reason", new Bilingual("请说明修订原因（不超过500字）", "Say why the value is corrected (at most 500 characters)"));
                if (body.Source is { Length: > 500 }) return ApiProblems.Invalid("source", new Bilingual("来源不超过500字", "The source is at most 500 characters"));
                if (body.Note is { Length: > 1000 }) return ApiProblems.Invalid("note", new Bilingual("说明不超过1000字", "The note is at most 1000 characters"));
                ObservationStatus? status = null;
                if (body.Status is not null && (status = ObservationMapping.ParseStatus(body.Status)) is null)
                    return ApiProblems.Invalid("status", new Bilingual("状态应为 reported / derived / estimated", "Status must be reported, derived or estimated"));

                (CorrectionOutcome, Observation?) result;
                try
                {
                    result = await handler.CorrectAsync(code, regionCode, month!.Value, body, status, CallerScope.FromPrincipal(http.User), ct);
                }
                catch (Microsoft.EntityFrameworkCore.DbUpdateException)
                {
                    return IndicatorProblems.Conflict(); // a concurrent correction took this revision number (unique index)
                }

                var (outcome, current) = result;
                return outcome switch
                {
                    CorrectionOutcome.Forbidden => IndicatorProblems.ForbiddenSeries([]),
                    CorrectionOutcome.NotFound => ApiProblems.NotFound(new Bilingual($"{regionCode} 在 {month} 没有该指标的数值；新数值请用导入", $"No value for {regionCode} in {month}; add new values by import")),
                    CorrectionOutcome.NoChange => ApiProblems.Unprocessable(new Bilingual("修订内容与当前数值相同", "The correction equals the current value")),
                    _ => Results.Ok(new { indicator = code, region = regionCode, period = month.ToString(), value = current!.Value, revision = current.Revision }),
                };
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official))
            .DisableAntiforgery()
            .WithSummary("Correct one value; the earlier value stays in the revision history / 修订数值");

        api.MapGet("/indicators/{code}/observations/{period}/revisions", async (string code, string period, string? region,
                IndicatorCatalogue catalogue, ObservationStore store, CancellationToken ct) =>
            {
                if (catalogue.Find(code) is null) return IndicatorProblems.UnknownIndicator(code);
                if (!QueryArguments.TryRegion(region, out var regionCode, out var problem)
                    || !QueryArguments.TryPeriod("period", period, out var month, out problem))
                    return problem;
                var revisions = await store.RevisionsAsync(code, regionCode, month, ct);
                return revisions.Count == 0
                    ? ApiProblems.NotFound(new Bilingual($"{regionCode} 在 {month} 没有该指标的数值", $"No value for {regionCode} in {month}"))
                    : Results.Ok(revisions.Select(r => RevisionDto.From(r, regionCode)));
            })
            .AllowAnonymous()
            .WithSummary("Every version of one value: who, when, why / 修订历史");
    }
}

/// <param name="ChangedBy">The authority that changed the value (the series' owner, see SeriesAccess), never the official's account: the history is public.</param>
internal sealed record RevisionDto(string Period, int Revision, decimal Value, string Status, string Source, DateTimeOffset ChangedAt, string ChangedBy, string Origin, string Reason)
{
    public static RevisionDto From(RevisionView r, string region) =>
        new(r.Period.ToString(), r.Revision, r.Value, r.Status, r.Source, r.ChangedAt, IndicatorText.ChangedBy(r.Origin, region), r.Origin, r.Reason);
}
