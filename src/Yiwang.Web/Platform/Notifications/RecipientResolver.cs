using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Notifications;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>A resolved account: who gets the inbox entry and, when confirmed, the e-mail.</summary>
internal sealed record Recipient(string UserId, string? Email);

/// <summary>
/// Turns "officials of 330106 and their supervisors" or "the enterprise 9133…" into accounts, through the Identity tables:
/// roles from AspNetUserRoles, jurisdiction and USCC from the fields the claims are built from (<see cref="PlatformUser"/>).
/// </summary>
internal sealed class RecipientResolver(PlatformDbContext db)
{
    public async Task<IReadOnlyList<Recipient>> ResolveAsync(NotificationRecipients to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var found = new Dictionary<string, Recipient>(StringComparer.Ordinal);

        if (to.UserIds.Count > 0)
        {
            var ids = to.UserIds.Distinct().ToList();
            Add(found, await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new Recipient(u.Id, u.EmailConfirmed ? u.Email : null)).ToListAsync(cancellationToken));
        }

        var regions = OfficialRegions(to);
        if (regions.Count > 0) Add(found, await InRoleAsync(Roles.Official, u => u.RegionCode != null && regions.Contains(u.RegionCode), cancellationToken));

        var enterprises = Usccs(to.EnterpriseUsccs);
        if (enterprises.Count > 0) Add(found, await InRoleAsync(Roles.Enterprise, u => u.Uscc != null && enterprises.Contains(u.Uscc), cancellationToken));

        var respondents = Usccs(to.RespondentUsccs);
        if (respondents.Count > 0) Add(found, await InRoleAsync(Roles.Respondent, u => u.Uscc != null && respondents.Contains(u.Uscc), cancellationToken));

        return [.. found.Values];
    }

    /// <summary>Every official whose jurisdiction is one of <paramref name="regions"/>, with that jurisdiction, in one query.</summary>
    public async Task<ILookup<string, Recipient>> OfficialsByRegionAsync(IReadOnlyCollection<string> regions, CancellationToken cancellationToken)
    {
        var inRole = from ur in db.UserRoles
                     join r in db.Roles on ur.RoleId equals r.Id
                     where r.Name == Roles.Official
                     select ur.UserId;
        var officials = await db.Users.Where(u => u.RegionCode != null && regions.Contains(u.RegionCode)).Where(u => inRole.Contains(u.Id))
            .Select(u => new { Region = u.RegionCode!, Recipient = new Recipient(u.Id, u.EmailConfirmed ? u.Email : null) }).ToListAsync(cancellationToken);
        return officials.ToLookup(o => o.Region, o => o.Recipient, StringComparer.Ordinal);
    }

    /// <summary>
    /// The exact codes plus, with supervisors, every enclosing level: 330106 → 330100 (city), 330000 (province),
    /// 000000 (national). A code that is not a valid GB/T 2260 code is a caller bug, so it throws.
    /// </summary>
    internal static HashSet<string> OfficialRegions(NotificationRecipients to)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in to.OfficialRegions)
        {
            var code = RegionCode.Parse(text);
            codes.Add(code.Value);
            if (!to.IncludeSupervisors) continue;
            codes.Add(code.City.Value);
            codes.Add(code.Province.Value);
            codes.Add(RegionCode.National.Value);
        }

        return codes;
    }

    private static List<string> Usccs(IReadOnlyList<string> list) =>
        [.. list.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim().ToUpperInvariant()).Distinct()];

    private async Task<List<Recipient>> InRoleAsync(string role, System.Linq.Expressions.Expression<Func<PlatformUser, bool>> match, CancellationToken cancellationToken)
    {
        var inRole = from ur in db.UserRoles
                     join r in db.Roles on ur.RoleId equals r.Id
                     where r.Name == role
                     select ur.UserId;
        return await db.Users.Where(match).Where(u => inRole.Contains(u.Id))
            .Select(u => new Recipient(u.Id, u.EmailConfirmed ? u.Email : null)).ToListAsync(cancellationToken);
    }

    private static void Add(Dictionary<string, Recipient> found, IEnumerable<Recipient> recipients)
    {
        foreach (var r in recipients) found.TryAdd(r.UserId, r);
    }
}
