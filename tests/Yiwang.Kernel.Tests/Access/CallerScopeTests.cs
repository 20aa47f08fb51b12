using System.Security.Claims;
using Yiwang.Kernel.Access;

namespace Yiwang.Kernel.Tests.Access;

public sealed class CallerScopeTests
{
    [Fact]
    public void An_official_with_the_head_claim_is_a_department_head_and_one_without_it_is_not()
    {
        Assert.True(CallerScope.FromPrincipal(Official("330106", head: true)).IsDepartmentHead);
        Assert.False(CallerScope.FromPrincipal(Official("330106", head: false)).IsDepartmentHead);
    }

    [Fact]
    public void The_head_claim_makes_no_other_role_a_head()
    {
        var enterprise = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "e1"), new Claim(ClaimTypes.Role, Roles.Enterprise),
            new Claim(YiwangClaims.Uscc, "91330106MA27XW1K3Y"), new Claim(YiwangClaims.DepartmentHead, "true"),
        ], "test"));
        Assert.False(CallerScope.FromPrincipal(enterprise).IsDepartmentHead);
    }

    private static ClaimsPrincipal Official(string region, bool head)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Role, Roles.Official), new(YiwangClaims.Region, region) };
        if (head) claims.Add(new Claim(YiwangClaims.DepartmentHead, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
