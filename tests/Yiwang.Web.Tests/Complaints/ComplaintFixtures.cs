using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Arrears.Contracts;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>A complete, valid complaint by the demo enterprise against the demo respondent, and evidence files.</summary>
internal static class ComplaintFixtures
{
    /// <summary>A real one-page PDF and a real 1×1 PNG: evidence is parsed whole, so a bare header no longer passes.</summary>
    public static readonly byte[] Pdf = OnePagePdf();
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static byte[] OnePagePdf()
    {
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        return builder.Build();
    }

    public static object Draft(string contractNumber, bool withhold = true, string respondentType = "LargeEnterprise", bool central = false) => new
    {
        contactName = "王芳",
        contactPhone = "13812345678",
        respondent = new { name = DemoComplaints.RespondentName, uscc = DemoComplaints.RespondentUscc, type = respondentType, region = "330106", central },
        contracts = new[]
        {
            new { number = contractNumber, signedOn = "2025-03-01", amountYuan = 500000m, deliveredOn = "2025-04-10", acceptedOn = "2025-04-20", agreedTermDays = 60, agreedAnnualRate = (decimal?)null },
        },
        amountOwedYuan = 380000m,
        paymentsReceivedYuan = 120000m,
        priorProceedings = "None",
        description = "2025年4月交付数控机床配件并验收合格，约定60日内付款，至今仍欠38万元。<script>alert('x')</script>",
        withholdIdentity = withhold,
    };

    public static async Task<long> CreateDraftAsync(HttpClient client, object draft, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/complaints", draft, ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long id, byte[] bytes, string fileName, string declaredType, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        form.Add(content, "file", fileName);
        return await client.PostAsync($"/api/v1/complaints/{id}/evidence", form, ct);
    }

    /// <summary>Draft + one PDF + submission; returns the case id.</summary>
    public static async Task<long> FileAsync(HttpClient enterprise, string contractNumber, CancellationToken ct, bool withhold = true, string respondentType = "LargeEnterprise", bool central = false)
    {
        var id = await CreateDraftAsync(enterprise, Draft(contractNumber, withhold, respondentType, central), ct);
        using var upload = await UploadAsync(enterprise, id, Pdf, "合同.pdf", "application/pdf", ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, upload.StatusCode);
        using var submitted = await enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/submission", new { }, ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, submitted.StatusCode);
        return id;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, long id, CancellationToken ct)
    {
        using var response = await client.GetAsync($"/api/v1/complaints/{id}", ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    public static JsonElement Deadline(JsonElement detail, string kind) =>
        detail.GetProperty("deadlines").EnumerateArray().Last(d => d.GetProperty("kind").GetString() == kind);
}
