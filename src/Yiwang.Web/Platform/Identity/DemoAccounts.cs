using Microsoft.AspNetCore.Identity;
using Yiwang.Arrears.Contracts;
using Yiwang.Enterprises.Contracts;
using Yiwang.Kernel.Access;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity;

/// <summary>Accounts for each role, created on a fresh embedded database so a newcomer can log in at once.</summary>
internal static class DemoAccounts
{
    public const string Password = "Yiwang#2026demo";

    public static readonly IReadOnlyList<(string Email, string Role, string DisplayName, string? Uscc, string? Region)> All =
    [
        ("admin@yiwang.local", Roles.Admin, "平台管理员", null, null),
        ("official.national@yiwang.local", Roles.Official, "工业和信息化部 中小企业局", null, "000000"),
        ("official.zj@yiwang.local", Roles.Official, "浙江省经济和信息化厅", null, "330000"),
        ("official.xihu@yiwang.local", Roles.Official, "杭州市西湖区经济和信息化局", null, "330106"),
        // The head of the Xihu department approves extensions the case officer asks for (第二十五条第二款).
        ("head.xihu@yiwang.local", Roles.Official, "杭州市西湖区经济和信息化局 负责人", null, "330106"),
        ("enterprise@yiwang.local", Roles.Enterprise, "杭州西湖精密机械有限公司", DemoRegister.EnterpriseUscc, null),
        ("respondent@yiwang.local", Roles.Respondent, DemoComplaints.RespondentName, DemoComplaints.RespondentUscc, null),
    ];

    /// <summary>Officials who head their department: their accounts carry the <see cref="YiwangClaims.DepartmentHead"/> claim.</summary>
    public static readonly IReadOnlySet<string> DepartmentHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "head.xihu@yiwang.local" };

    public static async Task EnsureAsync(IServiceProvider services, ILogger logger)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { Roles.Admin, Roles.Official, Roles.Enterprise, Roles.Respondent })
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }

        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        foreach (var (email, role, name, uscc, region) in All)
        {
            if (await users.FindByEmailAsync(email) is { } existing)
            {
                await EnsureHeadClaimAsync(users, existing, email); // accounts created before the claim existed
                continue;
            }
            var user = new PlatformUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Uscc = uscc, RegionCode = region,
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, role);
            await EnsureHeadClaimAsync(users, user, email);
            logger.LogInformation("Demo account {Email} ({Role}) created", email, role);
        }
    }

    private static async Task EnsureHeadClaimAsync(UserManager<PlatformUser> users, PlatformUser user, string email)
    {
        if (!DepartmentHeads.Contains(email)) return;
        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == YiwangClaims.DepartmentHead)) return;
        await users.AddClaimAsync(user, new System.Security.Claims.Claim(YiwangClaims.DepartmentHead, "true"));
    }
}
