using Yiwang.Kernel.Access;
using Yiwang.Reviews.Data;

namespace Yiwang.Reviews.Filings;

/// <summary>Who sees a filing: the applicant its own, an official those of its jurisdiction, an admin all (who acts is the chain's).</summary>
public static class FilingAccess
{
    public static bool CanSee(CallerScope caller, Filing filing)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(filing);
        return caller.Role switch
        {
            Roles.Admin => true,
            Roles.Enterprise => caller.Enterprise is { } own && own.Value == filing.ApplicantUscc,
            Roles.Official => caller.RegionPrefix is { } prefix && filing.RegionCode.StartsWith(prefix, StringComparison.Ordinal),
            _ => false,
        };
    }

    public static IQueryable<Filing> Visible(IQueryable<Filing> query, CallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsAdmin) return query;
        if (caller.IsEnterprise && caller.Enterprise is { } own)
        {
            var uscc = own.Value;
            return query.Where(f => f.ApplicantUscc == uscc);
        }

        if (caller.IsOfficial && caller.RegionPrefix is { } prefix) return query.Where(f => f.RegionCode.StartsWith(prefix));
        return query.Where(_ => false);
    }
}
