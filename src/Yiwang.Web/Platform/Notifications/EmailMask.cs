namespace Yiwang.Web.Platform.Notifications;

/// <summary>E-mail addresses are personal data: logs show only enough to tell accounts apart (o***@yiwang.local).</summary>
internal static class EmailMask
{
    public static string Mask(string? address)
    {
        if (string.IsNullOrEmpty(address)) return "(none)";
        var at = address.LastIndexOf('@');
        if (at <= 0) return "***";
        return $"{address[0]}***{address[at..]}";
    }
}
