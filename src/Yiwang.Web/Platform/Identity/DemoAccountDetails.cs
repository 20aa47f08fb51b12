using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Registration;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Identity;

/// <summary>
/// What the demo accounts carry beyond their role (idempotent, so older demo databases catch up): the officials'
/// departments, head.xihu's head flag, and one enterprise registration waiting in 西湖区 so 待我处理 shows it.
/// </summary>
internal static class DemoAccountDetails
{
    public const string PendingEmail = "pending@yiwang.local";
    public const string PendingUscc = "91330106MA2CFEB02C"; // 杭州西湖茶业有限公司 in the demo register

    private static readonly Dictionary<string, string> Departments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["official.national@yiwang.local"] = "工业和信息化部 中小企业局",
        ["official.zj@yiwang.local"] = "浙江省经济和信息化厅",
        ["official.xihu@yiwang.local"] = "杭州市西湖区经济和信息化局",
        ["head.xihu@yiwang.local"] = "杭州市西湖区经济和信息化局",
    };

    public static async Task EnsureAsync(IServiceProvider services, TimeProvider clock)
    {
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        foreach (var (email, department) in Departments)
        {
            if (await users.FindByEmailAsync(email) is not { } official || official.DepartmentName is not null) continue;
            official.DepartmentName = department;
            await users.UpdateAsync(official);
        }

        if (await users.FindByEmailAsync(PendingEmail) is not null) return;
        var applicant = new PlatformUser { UserName = PendingEmail, Email = PendingEmail, EmailConfirmed = true, DisplayName = "陈茶" };
        var created = await users.CreateAsync(applicant, DemoAccounts.Password);
        if (!created.Succeeded) throw new InvalidOperationException($"Demo account {PendingEmail}: {string.Join("; ", created.Errors.Select(e => e.Code))}");
        var db = services.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow();
        db.Add(new EnterpriseRegistration
        {
            Id = Guid.CreateVersion7(now), UserId = applicant.Id, Uscc = PendingUscc, RegionCode = "330106", EnterpriseName = "杭州西湖茶业有限公司",
            RegisterName = "杭州西湖茶业有限公司", ContactName = "陈茶", ContactPhone = "13900571234", Status = RegistrationStatus.Pending,
            SubmittedAt = now - TimeSpan.FromDays(1), TermsAcceptedAt = now - TimeSpan.FromDays(1),
        });
        await db.SaveChangesAsync();
    }
}
