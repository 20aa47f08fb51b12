using System.Net;
using System.Text;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Security;

/// <summary>
/// Issue 14's access-control sweep: every route of the OpenAPI document × every seeded role, path ids naming objects of
/// another enterprise, region and respondent. No answer is a 5xx; no role outside <see cref="AccessPolicy"/> gets a 2xx.
/// </summary>
public abstract class AccessSweepTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryRoute_AsEveryRole_OnForeignObjects_NeverLeaks_AndNever5xx()
    {
        var (operations, _) = await OpenApiOperations.ReadAsync(app);
        var unclassified = operations.Where(o => AccessPolicy.MayPass(o.Key) is null).Select(o => o.Key).ToList();
        Assert.True(unclassified.Count == 0, "classify these routes in AccessPolicy.Table:\n" + string.Join('\n', unclassified));

        var foreign = await ForeignObjects.FindAsync(app);
        var foreignToParties = await ForeignObjects.FindAsync(app, outsideXihu: false);
        // Sign-outs last: they end the session the rest of the sweep runs on.
        var ordered = operations.OrderBy(o => o.Key.Contains("logout", StringComparison.Ordinal) || o.Key.Contains("sign-out", StringComparison.Ordinal)).ToList();
        var (tried, refused, allowed) = (0, 0, 0);
        var leaks = new List<string>();
        var errors = new List<string>();
        foreach (var role in SweepRoles.All)
        {
            using var client = await SweepRoles.ClientAsync(app, role);
            var ids = role is SweepRole.Enterprise or SweepRole.Respondent ? foreignToParties : foreign;
            foreach (var operation in ordered)
            {
                var path = ids.Fill(operation.Template);
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
                if (operation.IsWrite) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request, Ct);
                tried++;
                var status = (int)response.StatusCode;
                var mayPass = AccessPolicy.MayPass(operation.Key)!.Contains(role);
                if (status >= 500) errors.Add($"{role} {operation.Method} {path} → {status}");
                else if (response.IsSuccessStatusCode && !mayPass) leaks.Add($"{role} {operation.Method} {path} → {status}");
                else if (response.IsSuccessStatusCode && NamesForeignEnterprise(role, operation, foreign, await response.Content.ReadAsStringAsync(Ct)))
                    leaks.Add($"{role} {operation.Method} {path} → {status} names {foreign.EnterpriseUscc}");
                else if (response.IsSuccessStatusCode) allowed++;
                else refused++;
            }
        }

        SuiteFigures.Report(
            $"access sweep ({app.Kind}): {operations.Count} routes × {SweepRoles.All.Count} roles = {tried} requests; {refused} refused, {allowed} allowed, " +
            $"{leaks.Count} leaks, {errors.Count} × 5xx; foreign ids: {string.Join(", ", foreign.Found.Select(f => $"{f.Key}={f.Value}"))}; " +
            $"to the enterprise and respondent: {string.Join(", ", foreignToParties.Found.Select(f => $"{f.Key}={f.Value}"))}");
        Assert.True(errors.Count == 0, "5xx answers:\n" + string.Join('\n', errors));
        Assert.True(leaks.Count == 0, "2xx where the policy refuses:\n" + string.Join('\n', leaks));
        Assert.True(operations.Count > 50 && refused > tried / 3, "the sweep reached the routes"); // guards against an empty document or a broken sign-in
    }

    /// <summary>A scoped list (the register, complaints, applications) answered below the province must not name a Beijing enterprise.</summary>
    private static bool NamesForeignEnterprise(SweepRole role, OpenApiOperation operation, ForeignObjects foreign, string body) =>
        role is SweepRole.Enterprise or SweepRole.Respondent or SweepRole.CountyOfficial or SweepRole.DepartmentHead
        && !AccessPolicy.IsPublic(operation.Key) && foreign.EnterpriseUscc is { } uscc && body.Contains(uscc, StringComparison.Ordinal);
}

public sealed class SqliteAccessSweepTests(SqliteApp app) : AccessSweepTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccessSweepTests(PostgresApp app) : AccessSweepTests(app), IClassFixture<PostgresApp>;
