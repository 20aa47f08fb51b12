using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Security;

/// <summary>
/// Real ids from the demo data that belong to neither the seeded enterprise nor the seeded respondent and lie outside
/// Xihu county (the county official's and department head's region), read as the admin from the list endpoints.
/// </summary>
internal sealed class ForeignObjects
{
    private const string RespondentUscc = "91330106MA2HDXG7JB";
    private const string XihuCounty = "330106";
    /// <summary>An id no object has: where the demo data has no foreign object, the route is still tried (and must not 5xx).</summary>
    private const string Missing = "987654321";

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Found => _ids;

    /// <summary>The foreign enterprise's USCC: no answer to a role below the province may name it, except on public routes.</summary>
    public string? EnterpriseUscc => _ids.GetValueOrDefault("enterprise");

    /// <param name="app">The host.</param>
    /// <param name="outsideXihu">
    /// True for the officials' sweep (an object in Xihu is the county's own); false for the enterprise's and the
    /// respondent's, to whom any object of another party is foreign (the demo's recognition filings all lie in Xihu).
    /// </param>
    public static async Task<ForeignObjects> FindAsync(YiwangApp app, bool outsideXihu = true)
    {
        var found = new ForeignObjects();
        using var admin = await SweepRoles.ClientAsync(app, SweepRole.Admin);
        using var national = await SweepRoles.ClientAsync(app, SweepRole.NationalOfficial);
        foreach (var (kind, list, idProperty) in new[]
                 {
                     ("complaint", "/api/v1/complaints?pageSize=100", "id"),
                     ("application", "/api/v1/cultivation/applications?pageSize=100", "id"),
                     ("footprint", "/api/v1/carbon/footprints", "id"),
                     ("assessment", "/api/v1/cultivation/digital-level/assessments", "id"),
                     ("enterprise", "/api/v1/enterprises?pageSize=100", "uscc"),
                     ("indicator", "/api/v1/indicators", "code"),
                 })
        {
            foreach (var client in new[] { admin, national })
            {
                var id = await FirstForeignAsync(client, list, idProperty, outsideXihu);
                if (id is null) continue;
                found._ids[kind] = id;
                break;
            }
        }
        return found;
    }

    /// <summary>The template with every path parameter replaced by a foreign id of the kind the route's prefix names.</summary>
    public string Fill(string template)
    {
        var path = template;
        while (path.IndexOf('{', StringComparison.Ordinal) is var start and >= 0)
        {
            var end = path.IndexOf('}', start);
            var name = path[(start + 1)..end];
            path = path[..start] + Uri.EscapeDataString(ValueFor(path[..start], name)) + path[(end + 1)..];
        }
        return path;
    }

    private string ValueFor(string prefix, string parameter) => parameter switch
    {
        "uscc" => Id("enterprise"),
        "code" => Id("indicator"),
        "period" => "2025",
        "province" => "330000",
        "culture" => "en",
        "key" or "evidenceId" when !prefix.Contains("footprints", StringComparison.Ordinal) => "1",
        _ when prefix.Contains("/complaints/", StringComparison.Ordinal) => Id("complaint"),
        _ when prefix.Contains("/applications/", StringComparison.Ordinal) => Id("application"),
        _ when prefix.Contains("/assessments/", StringComparison.Ordinal) => Id("assessment"),
        _ when prefix.Contains("footprints/", StringComparison.Ordinal) => Id("footprint"),
        _ when prefix.Contains("/templates/", StringComparison.Ordinal) => "x",
        _ => Missing,
    };

    private string Id(string kind) => _ids.GetValueOrDefault(kind, Missing);

    private static async Task<string?> FirstForeignAsync(HttpClient client, string list, string idProperty, bool outsideXihu)
    {
        using var response = await client.GetAsync(list, TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        if (FirstArray(json.RootElement) is not { } items) return null;
        // The seeded enterprise's objects are foreign to the sweep's enterprise; the respondent's and Xihu's are not foreign enough.
        foreach (var item in items.EnumerateArray())
        {
            var text = item.GetRawText();
            if (text.Contains(SweepRoles.OtherEnterpriseUscc, StringComparison.Ordinal) || text.Contains(RespondentUscc, StringComparison.Ordinal)
                || (outsideXihu && text.Contains(XihuCounty, StringComparison.Ordinal))) continue;
            if (TryProperty(item, idProperty) is { } id) return id;
        }
        return null;
    }

    private static string? TryProperty(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
        }
        return null;
    }

    private static JsonElement? FirstArray(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element,
        JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.Array).Cast<JsonElement?>().FirstOrDefault(),
        _ => null,
    };
}
