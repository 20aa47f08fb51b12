using Microsoft.AspNetCore.Identity;

namespace Yiwang.Web.Platform.Data;

/// <summary>One login for every module. An enterprise account is bound to a USCC, an official to a region.</summary>
internal sealed class PlatformUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Set for role <c>enterprise</c>: the one enterprise this account acts for.</summary>
    public string? Uscc { get; set; }

    /// <summary>Set for role <c>official</c>: the GB/T 2260 code of the jurisdiction (000000 = national).</summary>
    public string? RegionCode { get; set; }

    /// <summary>For officials: the department's name as it signs (杭州市西湖区经济和信息化局), shown to the enterprises it serves.</summary>
    public string? DepartmentName { get; set; }
}
