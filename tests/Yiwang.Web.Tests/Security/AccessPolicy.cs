using System.Text.RegularExpressions;
using static Yiwang.Web.Tests.Security.SweepRole;

namespace Yiwang.Web.Tests.Security;

/// <summary>
/// Who may get a 2xx from each route of the OpenAPI document when its path ids name objects of <b>another</b> enterprise,
/// region and respondent (<see cref="ForeignObjects"/>). Everyone else must be refused (401/403/404/302/4xx). The first
/// matching row wins; a route no row matches fails the sweep, so a new route must be classified here.
/// </summary>
internal static class AccessPolicy
{
    private static readonly SweepRole[] Everyone = [.. SweepRoles.All];
    private static readonly SweepRole[] SignedIn = [.. SweepRoles.All.Where(r => r != Anonymous)];
    private static readonly SweepRole[] Officials = [CountyOfficial, DepartmentHead, ProvinceOfficial, NationalOfficial];
    private static readonly SweepRole[] OfficialsAndAdmin = [.. Officials, Admin];
    /// <summary>For an object outside Xihu county and of neither seeded party: only wider jurisdictions (the object may lie in Zhejiang).</summary>
    private static readonly SweepRole[] AboveTheCounty = [ProvinceOfficial, NationalOfficial, Admin];
    private static readonly SweepRole[] Nobody = [];

    /// <summary>Whether the route is open to everyone (its answers may name any enterprise).</summary>
    public static bool IsPublic(string operationKey) => MayPass(operationKey) is { } may && may.Contains(Anonymous);

    public static IReadOnlyList<(string Pattern, SweepRole[] MayPass)> Table { get; } =
    [
        // Public reference data, calculators and the published lists (no personal data).
        ("GET /api/v1/regions", Everyone),
        ("GET /api/v1/industries", Everyone),
        ("GET /api/v1/calendar/years", Everyone),
        ("GET /api/v1/size-rule-sets", Everyone),
        ("POST /api/v1/size-classifications", Everyone),
        ("POST /api/v1/arrears/payment-due-dates", Everyone),
        ("POST /api/v1/arrears/interest-calculations", Everyone),
        ("GET /api/v1/public/*", Everyone),
        ("GET /api/v1/indicators*", Everyone),
        ("GET /api/v1/compute-network", Everyone),
        ("GET /api/v1/carbon/factors*", Everyone),
        ("GET /api/v1/carbon/templates*", Everyone),
        ("GET /api/v1/carbon/report-print.js", Everyone),
        ("GET /api/v1/cultivation/rule-sets", Everyone),
        ("GET /api/v1/cultivation/provincial-features/*", Everyone),
        ("GET /api/v1/cultivation/published", Everyone),
        ("GET /api/v1/cultivation/digital-level/index", Everyone),
        ("POST /api/v1/cultivation/evaluations", Everyone),
        ("POST /api/v1/cultivation/digital-level/scores", Everyone),
        ("GET /culture/*", Everyone),
        ("GET /.well-known/openid-configuration", Everyone),
        // Sign-in (an empty body is refused; the route is open by design).
        ("POST /api/v1/auth/token", Everyone),
        ("POST /api/v1/auth/refresh", Everyone),
        ("POST /auth/token", Everyone),
        ("POST /account/login", Everyone),
        ("POST /api/v1/auth/logout", SignedIn),
        ("POST /account/*", SignedIn),
        // PACT data exchange answers PACT client tokens only, never a platform session.
        ("GET /2/footprints*", Nobody),
        // Administration.
        ("GET /api/v1/admin/complaint-routing", OfficialsAndAdmin), // officials read the rules that route cases to them
        ("* /api/v1/admin/*", [Admin]),
        ("* /api/v1/cultivation/admin/*", [Admin]),
        // Enterprise register: officials and admins; a foreign USCC only above the county.
        ("GET /api/v1/enterprises/{uscc}", AboveTheCounty),
        ("GET /api/v1/enterprises", SignedIn), // scoped: an official's region, an enterprise's own record, nothing for others
        ("GET /api/v1/enterprises/export", SignedIn),
        ("* /api/v1/enterprises*", OfficialsAndAdmin),
        ("* /api/v1/size-impact", OfficialsAndAdmin),
        // Complaints: lists are scoped to the caller; a foreign case only above the county; drafts only by their filer.
        ("GET /api/v1/complaints/statistics*", OfficialsAndAdmin),
        ("GET /api/v1/complaints", SignedIn),
        ("POST /api/v1/complaints", [Enterprise]),
        ("PUT /api/v1/complaints/{id}", Nobody),
        ("POST /api/v1/complaints/{id}/evidence", Nobody),
        ("* /api/v1/complaints/{id}*", AboveTheCounty),
        // Carbon footprints belong to their enterprise.
        ("GET /api/v1/carbon/footprints", SignedIn),
        ("POST /api/v1/carbon/footprints", [Enterprise, Admin]),
        ("PUT /api/v1/carbon/footprints/{id}*", Nobody),
        ("GET /api/v1/carbon/footprints/{id}*", AboveTheCounty),
        ("* /api/v1/carbon/pact-clients", [Enterprise, Admin]),
        ("DELETE /api/v1/carbon/pact-clients/{clientId}", [Admin]), // revoke: its own enterprise or an admin; the sweep's client is foreign
        ("GET /api/v1/carbon/supplier-footprints", SignedIn), // the caller's own imports
        ("POST /api/v1/carbon/supplier-footprints", [Enterprise, Admin]),
        // Cultivation (专精特新): statistics for officials; applications and assessments of another enterprise only above the county.
        ("GET /api/v1/cultivation/statistics/*", OfficialsAndAdmin),
        ("GET /api/v1/cultivation/applications", SignedIn),
        ("POST /api/v1/cultivation/applications", [Enterprise]),
        ("* /api/v1/cultivation/applications/{id}*", AboveTheCounty),
        ("GET /api/v1/cultivation/digital-level/assessments", SignedIn),
        ("POST /api/v1/cultivation/digital-level/assessments", [Enterprise]),
        ("GET /api/v1/cultivation/digital-level/assessments/{id}", AboveTheCounty),
        // Indicator corrections and imports by officials only.
        ("* /api/v1/indicators/*", Officials),
        // The caller's own inbox (the sweep's ids name no message of the caller).
        ("GET /api/v1/inbox", SignedIn),
        ("POST /api/v1/inbox/{id}*", Nobody),
        ("POST /inbox/{id}*", Nobody),
    ];

    private static readonly Lazy<List<(Regex Match, string Pattern, SweepRole[] MayPass)>> Compiled = new(() =>
        [.. Table.Select(row => (new Regex("^" + Regex.Escape(row.Pattern).Replace(@"\*", ".*", StringComparison.Ordinal) + "/?$"), row.Pattern, row.MayPass))]);

    /// <summary>The roles that may pass <paramref name="operationKey"/> ("METHOD /template"), or null when no row classifies it.</summary>
    public static SweepRole[]? MayPass(string operationKey) =>
        Compiled.Value.FirstOrDefault(row => row.Match.IsMatch(operationKey)).MayPass;
}
