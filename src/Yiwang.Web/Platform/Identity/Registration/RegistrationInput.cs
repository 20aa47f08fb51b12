using System.Net.Mail;
using System.Text.RegularExpressions;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Web.Platform.Identity.Registration;

/// <summary>What the registration form posts; field names are the form's.</summary>
internal sealed record RegistrationInput(
    string? Email, string? Password, string? ConfirmPassword, string? Uscc, string? EnterpriseName, string? ContactName, string? ContactPhone, bool Consent)
{
    /// <summary>Every problem at once, by field; the password's own rules are checked by Identity's validators afterwards.</summary>
    public FieldErrors Check(out Uscc code, out RegionCode region)
    {
        var errors = new FieldErrors();
        code = default;
        region = default;
        if (!AccountInput.IsEmail(Email)) errors.Add("email", "请填写有效的邮箱地址，如 name@example.com", "Enter a valid e-mail address, e.g. name@example.com");
        if (string.IsNullOrEmpty(Password)) errors.Add("password", "请设置密码", "Choose a password");
        if (ConfirmPassword != Password) errors.Add("confirmPassword", "两次输入的密码不一致", "The two passwords differ");
        if (string.IsNullOrWhiteSpace(Uscc)) errors.Add("uscc", "请填写统一社会信用代码（营业执照上的18位代码）", "Enter the unified social credit code (18 characters, on the business licence)");
        else if (!Kernel.Codes.Uscc.TryParse(Uscc, out code, out var error)) errors.AddCode("uscc", error);
        else if (!RegionCode.TryParse(code.RegistrationRegion, out region, out _) || region.Level == JurisdictionLevel.National)
            errors.Add("uscc", $"统一社会信用代码第3至8位“{code.RegistrationRegion}”不是有效的行政区划代码", $"Characters 3–8 of the code ('{code.RegistrationRegion}') are not a valid region code");
        var name = EnterpriseName?.Trim() ?? string.Empty;
        if (name.Length is < 2 or > 200) errors.Add("enterpriseName", "请填写与营业执照一致的企业名称（2至200字）", "Enter the name on the business licence (2 to 200 characters)");
        var contact = ContactName?.Trim() ?? string.Empty;
        if (contact.Length is < 1 or > 50) errors.Add("contactName", "请填写联系人姓名（50字以内）", "Enter the contact person's name (up to 50 characters)");
        if (!AccountInput.IsPhone(ContactPhone))
            errors.Add("contactPhone", "请填写11位手机号，或带区号的固定电话，如 0571-87654321", "Enter an 11-digit mobile number, or a landline with its area code, e.g. 0571-87654321");
        if (!Consent) errors.Add("consent", "请阅读并同意服务条款和隐私政策", "Read and accept the terms of service and the privacy policy");
        return errors;
    }
}

internal static partial class AccountInput
{
    public static bool IsEmail(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 256 && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsPhone(string? text) => text is not null && Phone().IsMatch(text.Trim());

    [GeneratedRegex(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex Phone();
}
