using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Features.BrowseRegister;

internal sealed class BrowseRegisterHandler(EnterprisesDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<EnterpriseDto>> ListAsync(RegisterFilter filter, int page, int pageSize, CallerScope caller, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = filter.Apply(db.Enterprises.AsNoTracking(), caller);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(e => e.RegionCode).ThenBy(e => e.Uscc)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<EnterpriseDto>([.. items.Select(EnterpriseDto.From)], page, pageSize, total);
    }

    /// <summary>Null both when absent and when outside the caller's scope, so a probe cannot tell the two apart.</summary>
    public async Task<EnterpriseDto?> FindAsync(Uscc uscc, CallerScope caller, CancellationToken ct)
    {
        var record = await new RegisterFilter().Apply(db.Enterprises.AsNoTracking(), caller)
            .FirstOrDefaultAsync(e => e.Uscc == uscc.Value, ct);
        return record is null ? null : EnterpriseDto.From(record);
    }
}
