using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Features.BrowseRegister;

/// <summary>Filters shared by the register list, export, statistics and impact comparison.</summary>
internal sealed record RegisterFilter(string? Region = null, string? Industry = null, string? Size = null, string? Search = null)
{
    /// <summary>
    /// Applies the caller's scope first (an enterprise sees itself, an official its jurisdiction),
    /// then the user's filters, which can only narrow that scope.
    /// </summary>
    public IQueryable<EnterpriseRecord> Apply(IQueryable<EnterpriseRecord> source, CallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var query = caller.Role switch
        {
            Roles.Admin => source,
            Roles.Official when caller.RegionPrefix is { } prefix => source.Where(e => e.RegionCode.StartsWith(prefix)),
            Roles.Enterprise when caller.Enterprise is { } uscc => source.Where(e => e.Uscc == uscc.Value),
            _ => source.Where(_ => false),
        };
        if (!string.IsNullOrWhiteSpace(Region))
        {
            var regionPrefix = RegionPrefixOf(Region.Trim());
            query = query.Where(e => e.RegionCode.StartsWith(regionPrefix));
        }

        if (!string.IsNullOrWhiteSpace(Industry)) query = ByIndustry(query, Industry.Trim());
        if (!string.IsNullOrWhiteSpace(Size))
            query = Size == "uncovered" ? query.Where(e => e.Size == null) : query.Where(e => e.Size == Size);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            var upperTerm = term.ToUpperInvariant();
            query = query.Where(e => e.Uscc == upperTerm || EF.Functions.Like(e.Name, "%" + EscapeLike(term) + "%", "\\"));
        }

        return query;
    }

    /// <summary>A 门类 letter ("C") covers its 大类 (the register stores digits only); digits match as a prefix ("30" → 3011).</summary>
    private static IQueryable<EnterpriseRecord> ByIndustry(IQueryable<EnterpriseRecord> query, string industry)
    {
        if (industry.Length == 1 && char.IsAsciiLetter(industry[0]) && IndustryCode.TryParse(industry.ToUpperInvariant(), out var section, out _))
        {
            var divisions = IndustryDirectory.Default.ChildrenOf(section).Select(d => d.Code.Value).ToArray();
            return query.Where(e => divisions.Contains(e.IndustryCode.Substring(0, 2)));
        }

        return query.Where(e => e.IndustryCode.StartsWith(industry));
    }

    /// <summary>000000 (national) → "", 330000 → "33", 330100 → "3301", 330106 → "330106"; shorter digit prefixes pass through.</summary>
    private static string RegionPrefixOf(string region) =>
        region == "000000" ? string.Empty
        : region.Length == 6 && region.All(char.IsAsciiDigit)
            ? region.EndsWith("0000", StringComparison.Ordinal) ? region[..2]
            : region.EndsWith("00", StringComparison.Ordinal) ? region[..4] : region
            : region;

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
