using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Yiwang.Complaints.Bench;

/// <summary>Signed-in API clients through the real token endpoint; loopback addresses only.</summary>
internal static class Api
{
    public const string Password = "Yiwang#2026demo";

    public static async Task<HttpClient> SignInAsync(string url, string email, int connections = 8, int timeoutSeconds = 60)
    {
        var uri = new Uri(url, UriKind.Absolute);
        if (!IPAddress.TryParse(uri.Host, out var ip) || !IPAddress.IsLoopback(ip)) throw new ArgumentException($"refusing {url}: loopback only");
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = uri, Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>A complete draft by the demo enterprise against the demo respondent (as in the web tests' fixtures).</summary>
    public static object Draft(string contractNumber, decimal owed, string contact) => new
    {
        contactName = contact,
        contactPhone = "13812345678",
        respondent = new { name = "浙江华东重工集团有限公司", uscc = "91330106MA2HDXG7JB", type = "LargeEnterprise", region = "330106", central = false },
        contracts = new[] { new { number = contractNumber, signedOn = "2025-03-01", amountYuan = 5_000_000m, deliveredOn = "2025-04-10", acceptedOn = "2025-04-20", agreedTermDays = 60 } },
        amountOwedYuan = owed,
        paymentsReceivedYuan = 0m,
        priorProceedings = "None",
        description = "2025年4月交付数控机床配件并验收合格，约定60日内付款，至今未付（压测数据 " + contractNumber + "）",
        withholdIdentity = false,
    };
}
