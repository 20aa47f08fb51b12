using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Security;

/// <summary>The seeded roles the suite tries every route as (anonymous first, admin last: an admin's writes change state).</summary>
internal enum SweepRole { Anonymous, Enterprise, Respondent, CountyOfficial, DepartmentHead, ProvinceOfficial, NationalOfficial, Admin }

internal static class SweepRoles
{
    public static IReadOnlyList<SweepRole> All { get; } = Enum.GetValues<SweepRole>();

    /// <summary>
    /// The sweep's enterprise is a second enterprise of Xihu county, not the seeded one: every demo complaint, application
    /// and footprint (all the seeded enterprise's) is then another enterprise's object to it.
    /// </summary>
    public const string OtherEnterprise = "sweep.enterprise@yiwang.test";

    public static string OtherEnterpriseUscc { get; } = Uscc.FromBody("91330106MA2XNW8QB").Value;

    public static string? EmailOf(SweepRole role) => role switch
    {
        SweepRole.Enterprise => OtherEnterprise,
        SweepRole.Respondent => SeededAccounts.Respondent,
        SweepRole.CountyOfficial => SeededAccounts.OfficialXihu,
        SweepRole.DepartmentHead => SeededAccounts.HeadXihu,
        SweepRole.ProvinceOfficial => SeededAccounts.OfficialZhejiang,
        SweepRole.NationalOfficial => SeededAccounts.OfficialNational,
        SweepRole.Admin => SeededAccounts.Admin,
        _ => null,
    };

    /// <summary>A bearer client that does not follow redirects: a 302 to the login page is a refusal, not the login page's 200.</summary>
    public static async Task<HttpClient> ClientAsync(YiwangApp app, SweepRole role)
    {
        var client = app.CreateClientWithoutRedirects();
        var email = EmailOf(role);
        if (email is null) return client;
        if (role == SweepRole.Enterprise) await IdentityAccounts.EnsureAsync(app, (OtherEnterprise, Roles.Enterprise, "330106", OtherEnterpriseUscc));
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = SeededAccounts.Password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
