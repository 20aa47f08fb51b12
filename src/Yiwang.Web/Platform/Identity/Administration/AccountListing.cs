using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Registration;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Identity.Administration;

internal enum AccountStatus
{
    [Label("正常", "Active")] Active,
    [Label("已锁定", "Locked")] Locked,
    [Label("邮箱未验证", "E-mail not verified")] Unverified,
    [Label("待审核绑定", "Binding awaiting approval")] Pending,
}

internal enum AccountRole
{
    [Label("管理员", "Administrator")] Admin,
    [Label("政府部门", "Official")] Official,
    [Label("企业", "Enterprise")] Enterprise,
    [Label("被投诉单位", "Respondent")] Respondent,
    [Label("无角色", "No role")] None,
}

/// <summary>One account as the admin list shows it (the e-mail is shown masked by the page).</summary>
internal sealed record AccountRow(string Id, string Email, string DisplayName, AccountRole Role, string? RegionCode, string? Uscc, string? DepartmentName, bool Head, AccountStatus Status);

internal sealed record AccountFilter(AccountRole? Role, string? RegionPrefix, AccountStatus? Status, int Page);

/// <summary>The admin's list of accounts: filtered by role, region and status, paged, e-mails for masking.</summary>
internal sealed class AccountListing(PlatformDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<(IReadOnlyList<AccountRow> Rows, int Total)> ListAsync(AccountFilter filter, CancellationToken cancellationToken)
    {
        var all = await RowsAsync(null, cancellationToken);
        var matching = all
            .Where(r => filter.Role is null || r.Role == filter.Role)
            .Where(r => string.IsNullOrEmpty(filter.RegionPrefix) || (r.RegionCode ?? (r.Uscc is { Length: 18 } u ? u[2..8] : string.Empty)).StartsWith(filter.RegionPrefix, StringComparison.Ordinal))
            .Where(r => filter.Status is null || r.Status == filter.Status)
            .OrderBy(r => r.Role).ThenBy(r => r.Email, StringComparer.Ordinal).ToList();
        return ([.. matching.Skip((Math.Max(1, filter.Page) - 1) * PageSize).Take(PageSize)], matching.Count);
    }

    public async Task<AccountRow?> FindAsync(string id, CancellationToken cancellationToken) => (await RowsAsync(id, cancellationToken)).FirstOrDefault();

    // A platform has thousands of accounts, not millions: one read of the account tables, filtered in memory.
    private async Task<List<AccountRow>> RowsAsync(string? id, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => id == null || u.Id == id)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.RegionCode, u.Uscc, u.DepartmentName, u.EmailConfirmed, u.LockoutEnd }).ToListAsync(cancellationToken);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where id == null || ur.UserId == id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.Name);
        var heads = (await db.UserClaims.Where(c => c.ClaimType == SessionClaims.DepartmentHead && c.ClaimValue == "true" && (id == null || c.UserId == id))
            .Select(c => c.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var pending = (await db.Set<EnterpriseRegistration>().Where(r => r.Status == RegistrationStatus.Pending && (id == null || r.UserId == id))
            .Select(r => r.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        return [.. users.Select(u => new AccountRow(u.Id, u.Email ?? string.Empty, u.DisplayName, RoleOf(roles[u.Id]), u.RegionCode, u.Uscc, u.DepartmentName, heads.Contains(u.Id),
            u.LockoutEnd > now ? AccountStatus.Locked : !u.EmailConfirmed ? AccountStatus.Unverified : pending.Contains(u.Id) ? AccountStatus.Pending : AccountStatus.Active))];
    }

    private static AccountRole RoleOf(IEnumerable<string?> names)
    {
        var set = names.ToHashSet(StringComparer.Ordinal);
        return set.Contains(Roles.Admin) ? AccountRole.Admin : set.Contains(Roles.Official) ? AccountRole.Official
            : set.Contains(Roles.Enterprise) ? AccountRole.Enterprise : set.Contains(Roles.Respondent) ? AccountRole.Respondent : AccountRole.None;
    }
}
