using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using System.Text;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.Mail;

/// <summary>The three one-time links an account gets by e-mail, each an Identity token (2 hours, bound to the security stamp).</summary>
internal sealed class AccountLinks(UserManager<PlatformUser> users, AccountMail mail)
{
    public const string VerifyKind = "account.verify-email";
    public const string ResetKind = "account.reset-password";
    public const string WelcomeKind = "account.set-password";
    public const string AlreadyRegisteredKind = "account.already-registered";

    public async Task SendVerificationAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await mail.SendAsync(user, VerifyKind, new("请验证您的邮箱", "Verify your e-mail address"),
            new("请在2小时内打开下面的链接，验证您在一网注册的邮箱。如果不是您本人注册，请忽略本邮件。",
                "Open the link below within 2 hours to verify the e-mail address you registered with Yiwang. If you did not register, ignore this message."),
            $"/account/confirm-email?user={Uri.EscapeDataString(user.Id)}&code={code}", cancellationToken);
    }

    /// <summary>For an account an admin created: the link sets the first password and verifies the address at once.</summary>
    public async Task SendWelcomeAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        await mail.SendAsync(user, WelcomeKind, new("您的一网账户已开通", "Your Yiwang account is ready"),
            new("管理员为您开通了一网账户。请在2小时内打开下面的链接设置密码；链接过期后可在登录页“忘记密码”重新获取。",
                "An administrator opened a Yiwang account for you. Open the link below within 2 hours to set your password; after that, use \"Forgot password\" on the sign-in page."),
            $"/account/reset-password?user={Uri.EscapeDataString(user.Id)}&code={code}", cancellationToken);
    }

    public async Task SendResetAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        await mail.SendAsync(user, ResetKind, new("重置一网密码", "Reset your Yiwang password"),
            new("有人（希望是您）请求重置密码。请在2小时内打开下面的链接设置新密码；如果不是您本人，请忽略本邮件，密码不会改变。",
                "Someone (hopefully you) asked to reset your password. Open the link below within 2 hours to choose a new one; if it was not you, ignore this message and nothing changes."),
            $"/account/reset-password?user={Uri.EscapeDataString(user.Id)}&code={code}", cancellationToken);
    }

    /// <summary>Someone registered with an address that already has an account: its owner is told, the form answers as usual.</summary>
    public Task SendAlreadyRegisteredAsync(PlatformUser user, CancellationToken cancellationToken) =>
        mail.SendAsync(user, AlreadyRegisteredKind, new("有人用您的邮箱注册一网", "Someone registered with your e-mail address"),
            new("您的邮箱已有一网账户，因此没有新建账户。如果是您本人，请直接登录；忘记密码可在登录页重新设置。",
                "Your address already has a Yiwang account, so no new one was made. If it was you, sign in; if you forgot the password, reset it from the sign-in page."),
            "/account/login", cancellationToken);

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
