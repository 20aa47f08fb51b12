namespace Yiwang.Web.Platform.Identity;

/// <summary>The password rules Identity enforces, said in words on every form that sets a password.</summary>
internal static class PasswordRules
{
    public const int MinimumLength = 10;

    public static string Text => Yiwang.Kernel.Text.Bilingual.T(
        $"至少{MinimumLength}位，含小写字母和数字；建议用一句容易记的话。",
        $"At least {MinimumLength} characters with a lower-case letter and a digit; a memorable phrase works well.");
}
