using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Cultivation.Features.Recognition;

/// <param name="Queue"><c>mine</c>: only what awaits the caller's own level (county/city, province or MIIT).</param>
internal sealed record ApplicationFilter(string? Status = null, string? Tier = null, string? Queue = null, int Page = 1, int PageSize = 50);

internal sealed record ApplicationList(int Total, int Page, int PageSize, IReadOnlyList<ApplicationDto> Items);

internal sealed record PublishedEntry(string Uscc, string EnterpriseName, string RegionCode, string Tier, string RuleSetId, DateOnly ValidFrom, DateOnly ValidUntil);

/// <summary>Queues and lists, always filtered through the caller's scope first.</summary>
internal sealed class ApplicationQueries(ApplicationStore store)
{
    public const int MaxPageSize = 200;

    public async Task<ApplicationList> ListAsync(ApplicationFilter filter, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = ApplicationAccess.Visible(store.Db.Applications.AsNoTracking(), caller);
        if (!string.IsNullOrWhiteSpace(filter.Tier)) query = query.Where(a => a.Tier == filter.Tier);
        if (Enum.TryParse<ApplicationStatus>(filter.Status, ignoreCase: true, out var status)) query = query.Where(a => a.Status == status);
        if (filter.Queue == "mine" && AwaitingLevel(caller) is { } awaiting) query = query.Where(a => a.Status == awaiting);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size).Include(a => a.Events).ToListAsync(ct);
        var today = store.Today;
        return new ApplicationList(total, page, size, rows.Select(r => ApplicationDto.From(r, today)).ToList());
    }

    /// <summary>The published list (公告名单): recognitions in their validity period; public, like the government notices.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedAsync(string? tier, string? regionPrefix, CancellationToken ct)
    {
        var today = store.Today;
        var query = store.Db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Recognised && a.ValidUntil >= today);
        if (!string.IsNullOrWhiteSpace(tier)) query = query.Where(a => a.Tier == tier);
        if (!string.IsNullOrWhiteSpace(regionPrefix)) query = query.Where(a => a.RegionCode.StartsWith(regionPrefix));
        return await query.OrderBy(a => a.RegionCode).ThenBy(a => a.Id)
            .Select(a => new PublishedEntry(a.Uscc, a.EnterpriseName, a.RegionCode, a.Tier, a.RuleSetId, a.ValidFrom!.Value, a.ValidUntil!.Value))
            .ToListAsync(ct);
    }

    private static ApplicationStatus? AwaitingLevel(CallerScope caller) => caller.Jurisdiction?.Level switch
    {
        JurisdictionLevel.County or JurisdictionLevel.City => ApplicationStatus.Submitted,
        JurisdictionLevel.Province => ApplicationStatus.LocallyRecommended,
        JurisdictionLevel.National => ApplicationStatus.NationallyNominated,
        _ => null,
    };
}
