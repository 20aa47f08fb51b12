using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Identity.Mail;

/// <summary>Forgotten, reset and changed passwords, and the e-mail verification link. A new password ends every session.</summary>
internal sealed class PasswordFlows(UserManager<PlatformUser> users, SessionStore sessions, AccountMailQueue mail, MailAllowance allowance, IAuditTrail audit)
{
    public static readonly Bilingual ResetSent = new(
        "如果该邮箱有一网账户，重置密码的链接已发往该邮箱（2小时内有效）。没有收到请查看垃圾邮件，或1分钟后再试。",
        "If this address has a Yiwang account, a link to reset the password is on its way (valid 2 hours). Nothing arrived? Check the spam folder or try again in a minute.");

    /// <summary>The same answer, and the same work in this request, whether or not the address has an account.</summary>
    public async Task<CommandResult> ForgotAsync(string? email, string? clientAddress, CancellationToken cancellationToken)
    {
        if (!Registration.AccountInput.IsEmail(email)) return CommandResult.Invalid("email", new("请填写注册时使用的邮箱", "Enter the e-mail address you registered with"));
        var user = await users.FindByEmailAsync(email!.Trim());
        var allowed = allowance.TryTake("reset:" + email.Trim()) & allowance.TryTake("reset-from:" + clientAddress);
        if (user is not null && allowed) mail.Enqueue(AccountMailKind.Reset, user.Id);
        await audit.RecordAsync(new AuditEvent("account.reset.requested", user?.Id ?? "unknown-account", "anonymous"), cancellationToken);
        return CommandResult.Done(ResetSent);
    }

    public async Task<CommandResult> ResetAsync(string? userId, string? code, string? password, string? confirm, CancellationToken cancellationToken)
    {
        var token = AccountLinks.Decode(code);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null) return CommandResult.Invalid("code", new("链接无效或已过期（有效期2小时），请重新申请", "The link is not valid or has expired (2 hours); ask for a new one"));
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(password)) errors.Add("password", "请设置新密码", "Choose a new password");
        if (confirm != password) errors.Add("confirmPassword", "两次输入的密码不一致", "The two passwords differ");
        if (errors.Any) return CommandResult.Invalid(errors);
        var reset = await users.ResetPasswordAsync(user, token, password!);
        if (!reset.Succeeded) return IdentityErrorText.Invalid(reset);
        // Whoever opened the link reads this mailbox: an admin-created account is verified by setting its first password.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await sessions.EndAllAsync(user.Id, cancellationToken);
        await audit.RecordAsync(new AuditEvent("account.password.reset", user.Id, user.Id), cancellationToken);
        return CommandResult.Done(new("密码已设置，请用新密码登录。其他设备上的登录已全部退出。", "Your password is set: sign in with it. Every other session has been signed out."));
    }

    public async Task<CommandResult> ChangeAsync(PlatformUser user, string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(current)) errors.Add("currentPassword", "请填写当前密码", "Enter your current password");
        if (string.IsNullOrEmpty(password)) errors.Add("password", "请设置新密码", "Choose a new password");
        if (confirm != password) errors.Add("confirmPassword", "两次输入的密码不一致", "The two passwords differ");
        if (errors.Any) return CommandResult.Invalid(errors);
        var changed = await users.ChangePasswordAsync(user, current!, password!);
        if (!changed.Succeeded) return IdentityErrorText.Invalid(changed);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        await audit.RecordAsync(new AuditEvent("account.password.changed", user.Id, user.Id), cancellationToken);
        return CommandResult.Done(new("密码已修改。其他设备上的登录已全部退出，本设备保持登录。", "Password changed. Every other session has been signed out; this one stays signed in."));
    }

    public async Task<bool> ConfirmEmailAsync(string? userId, string? code, CancellationToken cancellationToken)
    {
        var token = AccountLinks.Decode(code);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null) return false;
        if (user.EmailConfirmed) return true;
        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (confirmed.Succeeded) await audit.RecordAsync(new AuditEvent("account.email.verified", user.Id, user.Id), cancellationToken);
        return confirmed.Succeeded;
    }

    public CommandResult ResendVerification(PlatformUser user)
    {
        if (user.EmailConfirmed) return CommandResult.Done(new("邮箱已验证，请直接登录。", "The address is verified: sign in."));
        if (!allowance.TryTake("account:" + user.Id)) return Administration.AccountAdministration.TooSoon;
        mail.Enqueue(AccountMailKind.Verification, user.Id);
        return CommandResult.Done(new("已重新发送验证邮件，请查收（2小时内有效）。", "The verification e-mail has been sent again (valid 2 hours)."));
    }
}
