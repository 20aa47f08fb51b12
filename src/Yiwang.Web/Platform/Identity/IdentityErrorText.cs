using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Web.Platform.Identity;

/// <summary>Identity's error codes in words, in both languages (its own descriptions are English and name no field).</summary>
internal static class IdentityErrorText
{
    public static Bilingual Of(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => new($"密码至少需要{PasswordRules.MinimumLength}位", $"The password needs at least {PasswordRules.MinimumLength} characters"),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new("密码需要至少一个数字", "The password needs at least one digit"),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new("密码需要至少一个小写字母", "The password needs at least one lower-case letter"),
        nameof(IdentityErrorDescriber.PasswordMismatch) => new("当前密码不正确", "The current password is not correct"),
        nameof(IdentityErrorDescriber.InvalidToken) => new("链接无效或已过期（有效期2小时），请重新申请", "The link is not valid or has expired (2 hours); ask for a new one"),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => new("邮箱格式不正确", "This is not a valid e-mail address"),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => new("该邮箱已有账户", "This e-mail address already has an account"),
        _ => new("未能保存，请检查后重试", "Not saved; check and try again"),
    };

    /// <summary>Which form field an error belongs beside.</summary>
    public static string FieldOf(IdentityError error, string passwordField = "password") =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch) ? passwordField
        : error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword"
        : error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "code"
        : "email";

    public static CommandResult Invalid(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = new FieldErrors();
        foreach (var error in result.Errors) errors.Add(FieldOf(error), Of(error));
        return CommandResult.Invalid(errors);
    }
}
