namespace Yiwang.Web.Platform.Identity.Sessions;

internal static class SessionClaims
{
    /// <summary>The <see cref="UserSession.Id"/> a cookie or access token belongs to.</summary>
    public const string SessionId = "yiwang:sid";

    /// <summary>"true" for an official who heads their department: the kernel claim the caller scope reads, stored as an Identity user claim.</summary>
    public const string DepartmentHead = Yiwang.Kernel.Access.YiwangClaims.DepartmentHead;

    public const string DisplayName = "yiwang:display";
}
