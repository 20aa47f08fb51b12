using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Accounts the demo seed does not have, made for the tests that try forbidden access: another enterprise, another
/// respondent, a county official elsewhere in Zhejiang and a provincial official of another province.
/// </summary>
internal static class ExtraAccounts
{
    public const string OtherEnterprise = "other.enterprise@yiwang.test";
    public const string OtherRespondent = "other.respondent@yiwang.test";
    public const string OfficialShangcheng = "official.shangcheng@yiwang.test";
    public const string OfficialJiangsu = "official.js@yiwang.test";

    public static readonly string OtherEnterpriseUscc = Uscc.FromBody("91330102MA2B7K3Q0").Value;
    public static readonly string OtherRespondentUscc = Uscc.FromBody("91330102MA2C8L4R1").Value;

    public static async Task EnsureAsync(YiwangApp app)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var (email, role, region, uscc) in new[]
        {
            (OtherEnterprise, Roles.Enterprise, (string?)null, OtherEnterpriseUscc),
            (OtherRespondent, Roles.Respondent, null, OtherRespondentUscc),
            (OfficialShangcheng, Roles.Official, "330102", null),
            (OfficialJiangsu, Roles.Official, "320000", null),
        })
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
            var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, RegionCode = region, Uscc = uscc };
            var created = await users.CreateAsync(user, SeededAccounts.Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
    }
}
