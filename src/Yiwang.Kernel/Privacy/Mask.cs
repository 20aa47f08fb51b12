namespace Yiwang.Kernel.Privacy;

/// <summary>
/// Masks personal data for lists, exports and logs (security baseline: full values only where an authorised user
/// asks for them, and that view is audited). Keeps enough to recognise a value, not enough to use it.
/// </summary>
public static class Mask
{
    /// <summary>张三 → 张*; 欧阳娜娜 → 欧***; Li Lei → L*****.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;
        var trimmed = name.Trim();
        var first = char.IsSurrogate(trimmed[0]) && trimmed.Length > 1 ? trimmed[..2] : trimmed[..1];
        return first + new string('*', Math.Max(1, trimmed.Length - first.Length));
    }

    /// <summary>13812345678 → 138****5678; short numbers keep only their last two digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return string.Empty;
        var digits = phone.Trim();
        if (digits.Length >= 11) return string.Concat(digits.AsSpan(0, 3), new string('*', digits.Length - 7), digits.AsSpan(digits.Length - 4));
        return digits.Length <= 2 ? new string('*', digits.Length) : new string('*', digits.Length - 2) + digits[^2..];
    }

    /// <summary>wang.fang@example.com → w*******@example.com.</summary>
    public static string Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return string.Empty;
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Name(email) : string.Concat(email.AsSpan(0, 1), new string('*', Math.Max(1, at - 1)), email.AsSpan(at));
    }
}
