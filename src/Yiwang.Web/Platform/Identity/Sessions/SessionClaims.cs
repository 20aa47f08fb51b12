namespace Yiwang.Web.Platform.Identity.Sessions;

internal static class SessionClaims
{
    /// <summary>The <see cref="UserSession.Id"/> a cookie or access token belongs to.</summary>
    public const string SessionId = "yiwang:sid";

    /// <summary>
    /// "true" for an official who heads their department. The same claim the kernel's caller scope reads
    /// (<c>YiwangClaims.DepartmentHead</c> on the arrears branch); stored as an Identity user claim.
    /// </summary>
    public const string DepartmentHead = "yiwang:department-head";

    public const string DisplayName = "yiwang:display";
}
