using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Mail;
using Yiwang.Web.Platform.Identity.Registration;
using Yiwang.Web.Platform.Identity.Sessions;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Identity.Administration;

internal sealed record OfficialInput(string? Email, string? DisplayName, string? Region, bool Head, string? DepartmentName);

/// <summary>
/// What an admin changes on accounts: creates officials (their first password through an e-mailed link), locks and
/// unlocks, resends the verification link, changes an official's jurisdiction, department or head flag. Every change
/// ends the account's sessions (what it may do has changed) and is audited.
/// </summary>
internal sealed class AccountAdministration(UserManager<PlatformUser> users, SessionStore sessions, AccountMailQueue mail, MailAllowance allowance, IAuditTrail audit)
{
    public async Task<CommandResult<string>> CreateOfficialAsync(CallerScope admin, OfficialInput input, CancellationToken cancellationToken)
    {
        var errors = Check(input, out var region, requireEmail: true);
        if (errors.Any) return CommandResult.Invalid(errors).As<string>();
        var email = input.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null) return CommandResult.Invalid("email", new("该邮箱已有账户", "This e-mail address already has an account")).As<string>();
        var user = new PlatformUser
        {
            UserName = email, Email = email, DisplayName = input.DisplayName!.Trim(), RegionCode = region.Value, DepartmentName = input.DepartmentName!.Trim(),
        };
        var created = await users.CreateAsync(user); // no password: the welcome link sets it and verifies the address
        if (!created.Succeeded) return IdentityErrorText.Invalid(created).As<string>();
        await users.AddToRoleAsync(user, Roles.Official);
        if (input.Head) await users.AddClaimAsync(user, new Claim(SessionClaims.DepartmentHead, "true"));
        await audit.RecordAsync(new AuditEvent("account.official.created", user.Id, admin.UserId, $"region {region.Value}, head {input.Head}"), cancellationToken);
        mail.Enqueue(AccountMailKind.Welcome, user.Id);
        return CommandResult.Of(user.Id, new($"已创建 {EmailMask.Mask(email)} 的账户，设置密码的链接已发往该邮箱（2小时内有效）。",
            $"The account of {EmailMask.Mask(email)} is created; a link to set the password has been sent there (valid 2 hours)."));
    }

    public async Task<CommandResult> ChangeOfficialAsync(CallerScope admin, string id, OfficialInput input, CancellationToken cancellationToken)
    {
        var errors = Check(input, out var region, requireEmail: false);
        if (errors.Any) return CommandResult.Invalid(errors);
        if (await users.FindByIdAsync(id) is not { } user || !await users.IsInRoleAsync(user, Roles.Official)) return NotFound;
        user.DisplayName = input.DisplayName!.Trim();
        user.DepartmentName = input.DepartmentName!.Trim();
        user.RegionCode = region.Value;
        await users.UpdateAsync(user);
        var heads = (await users.GetClaimsAsync(user)).Where(c => c.Type == SessionClaims.DepartmentHead).ToList();
        if (heads.Count > 0) await users.RemoveClaimsAsync(user, heads);
        if (input.Head) await users.AddClaimAsync(user, new Claim(SessionClaims.DepartmentHead, "true"));
        await EndSessionsAsync(user, cancellationToken);
        await audit.RecordAsync(new AuditEvent("account.official.changed", user.Id, admin.UserId, $"region {region.Value}, head {input.Head}"), cancellationToken);
        return CommandResult.Done(new("已保存。该账户在所有设备上的登录已结束，下次登录按新的辖区和权限。", "Saved. The account is signed out everywhere; its next sign-in has the new jurisdiction and rights."));
    }

    public async Task<CommandResult> LockAsync(CallerScope admin, string id, bool locked, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound;
        if (locked && user.Id == admin.UserId) return CommandResult.Unprocessable(new("不能锁定自己的账户", "You cannot lock your own account"));
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await EndSessionsAsync(user, cancellationToken);
        await audit.RecordAsync(new AuditEvent(locked ? "account.locked" : "account.unlocked", user.Id, admin.UserId), cancellationToken);
        return CommandResult.Done(locked
            ? new("已锁定：该账户的所有登录已结束，解锁前无法登录。", "Locked: every session of the account has ended; it cannot sign in until unlocked.")
            : new("已解锁：该账户可以重新登录。", "Unlocked: the account can sign in again."));
    }

    public async Task<CommandResult> ResendVerificationAsync(CallerScope admin, string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound;
        if (user.EmailConfirmed && user.PasswordHash is not null) return CommandResult.Conflict(new("该账户的邮箱已验证", "This account's e-mail is already verified"));
        if (!allowance.TryTake("account:" + user.Id)) return TooSoon;
        mail.Enqueue(user.PasswordHash is null ? AccountMailKind.Welcome : AccountMailKind.Verification, user.Id);
        await audit.RecordAsync(new AuditEvent("account.verification.resent", user.Id, admin.UserId), cancellationToken);
        return CommandResult.Done(new("验证邮件已重新发送。", "The verification e-mail has been sent again."));
    }

    public static CommandResult TooSoon { get; } = CommandResult.Unprocessable(new("刚刚已发送过，请1分钟后再试（每天最多10封）", "Just sent; try again in a minute (10 a day at most)"));

    private static CommandResult NotFound { get; } = CommandResult.NotFound(new("没有这个账户", "No such account"));

    private async Task EndSessionsAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken);
    }

    private static FieldErrors Check(OfficialInput input, out RegionCode region, bool requireEmail)
    {
        var errors = new FieldErrors();
        region = default;
        if (requireEmail && !AccountInput.IsEmail(input.Email)) errors.Add("email", "请填写有效的邮箱地址", "Enter a valid e-mail address");
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 100) errors.Add("displayName", "请填写显示名称（100字以内）", "Enter a display name (up to 100 characters)");
        var lookup = RegionDirectory.Default.Resolve(input.Region);
        if (lookup.IsEmpty) errors.Add("region", "请选择辖区", "Choose the jurisdiction");
        else if (lookup.Error is { } error) errors.Add("region", error);
        else region = lookup.Code!.Value;
        if (string.IsNullOrWhiteSpace(input.DepartmentName) || input.DepartmentName.Trim().Length > 100)
            errors.Add("departmentName", "请填写部门名称，如“杭州市西湖区经济和信息化局”", "Enter the department's name, e.g. 杭州市西湖区经济和信息化局");
        return errors;
    }
}
