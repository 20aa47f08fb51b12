using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <param name="Queue"><c>mine</c>: only what awaits the caller's own level (county/city, province or MIIT).</param>
internal sealed record ApplicationFilter(string? Status = null, string? Tier = null, string? Queue = null, int Page = 1, int PageSize = 50);

internal sealed record ApplicationList(int Total, int Page, int PageSize, IReadOnlyList<ApplicationDto> Items);

internal sealed record PublishedEntry(string Uscc, string EnterpriseName, string RegionCode, string Tier, string RuleSetId, DateOnly ValidFrom, DateOnly ValidUntil);

/// <summary>Queues and lists of the recognition chain's filings, always filtered through the caller's scope first.</summary>
internal sealed class ApplicationQueries(ApplicationStore store)
{
    public const int MaxPageSize = 200;

    public async Task<ApplicationList> ListAsync(ApplicationFilter filter, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var chain = RecognitionChain.Current;
        var query = store.Queries.Visible(chain, caller);
        if (!string.IsNullOrWhiteSpace(filter.Tier)) query = query.Where(a => a.Category == filter.Tier);
        if (Enum.TryParse<ApplicationStatus>(filter.Status, ignoreCase: true, out var status) && !int.TryParse(filter.Status, out _))
        {
            var state = ApplicationStatuses.StateOf(status);
            query = query.Where(a => a.State == state);
        }

        if (filter.Queue == "mine")
        {
            var awaiting = ReviewQueries.AwaitingStates(chain, caller);
            query = query.Where(a => awaiting.Contains(a.State));
        }

        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size).Include(a => a.Events).ToListAsync(ct);
        var today = store.Today;
        return new ApplicationList(total, page, size, rows.Select(r => ApplicationDto.From(r, today)).ToList());
    }

    /// <summary>The published list (公告名单): recognitions in their validity period; public, like the government notices.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedAsync(string? tier, string? regionPrefix, CancellationToken ct) =>
        [.. (await store.Queries.PublishedAsync(RecognitionChain.Current, tier, regionPrefix, ct))
            .Select(f => new PublishedEntry(f.ApplicantUscc, f.ApplicantName, f.RegionCode, f.Category, f.RuleSetId, f.ValidFrom, f.ValidUntil))];
}
