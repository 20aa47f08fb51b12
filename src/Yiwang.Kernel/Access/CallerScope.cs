using System.Security.Claims;
using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Access;

/// <summary>
/// What the caller may see: an enterprise sees itself, an official sees its jurisdiction, an admin sees all.
/// Every query in every module is filtered through this, never through ad-hoc role checks.
/// </summary>
public sealed record CallerScope(string Role, Uscc? Enterprise, RegionCode? Jurisdiction, string UserId)
{
    public static CallerScope Anonymous { get; } = new(Roles.Anonymous, null, null, string.Empty);

    public bool IsAdmin => Role == Roles.Admin;
    public bool IsOfficial => Role == Roles.Official;
    public bool IsEnterprise => Role == Roles.Enterprise;

    /// <summary>An organisation complained against (payment complaints), bound to its USCC; sees only its own cases.</summary>
    public bool IsRespondent => Role == Roles.Respondent;

    /// <summary>
    /// An official who heads the department of their jurisdiction (部门负责人): the one who approves, e.g., an extension of a
    /// complaint's handling period (保障中小企业款项支付条例 第二十五条第二款). Carried as the <see cref="YiwangClaims.DepartmentHead"/> claim.
    /// </summary>
    public bool IsDepartmentHead { get; init; }

    /// <summary>The region-code prefix an official may see ("" = national), or null when region scoping does not apply.</summary>
    public string? RegionPrefix => IsOfficial ? Jurisdiction?.ScopePrefix : null;

    public bool CanSeeEnterprise(Uscc uscc, RegionCode region) => Role switch
    {
        Roles.Admin => true,
        Roles.Official => Jurisdiction is { } j && region.IsWithin(j),
        Roles.Enterprise => Enterprise == uscc,
        _ => false,
    };

    public static CallerScope FromPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        var id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? string.Empty;
        if (user.IsInRole(Roles.Admin)) return new(Roles.Admin, null, null, id);
        if (user.IsInRole(Roles.Official) && RegionCode.TryParse(user.FindFirst(YiwangClaims.Region)?.Value, out var region, out _))
            return new(Roles.Official, null, region, id) { IsDepartmentHead = user.HasClaim(YiwangClaims.DepartmentHead, "true") };
        if (user.IsInRole(Roles.Enterprise) && Uscc.TryParse(user.FindFirst(YiwangClaims.Uscc)?.Value, out var uscc, out _))
            return new(Roles.Enterprise, uscc, null, id);
        if (user.IsInRole(Roles.Respondent) && Uscc.TryParse(user.FindFirst(YiwangClaims.Uscc)?.Value, out var respondent, out _))
            return new(Roles.Respondent, respondent, null, id);
        return Anonymous with { UserId = id };
    }
}

public static class Roles
{
    public const string Enterprise = "enterprise";
    public const string Official = "official";
    public const string Admin = "admin";
    public const string Respondent = "respondent";
    public const string Anonymous = "anonymous";
}

public static class YiwangClaims
{
    public const string Uscc = "yiwang:uscc";
    public const string Region = "yiwang:region";

    /// <summary>"true" for an official who heads their department (see <see cref="CallerScope.IsDepartmentHead"/>).</summary>
    public const string DepartmentHead = "yiwang:department-head";
}
