using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yiwang.Kernel.Access;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity;

/// <summary>Puts the USCC or jurisdiction into the principal, so every module can scope queries without a lookup.</summary>
internal sealed class PlatformClaimsFactory(
    UserManager<PlatformUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.Uscc)) identity.AddClaim(new Claim(YiwangClaims.Uscc, user.Uscc));
        if (!string.IsNullOrEmpty(user.RegionCode)) identity.AddClaim(new Claim(YiwangClaims.Region, user.RegionCode));
        identity.AddClaim(new Claim("yiwang:display", user.DisplayName));
        return identity;
    }
}
