using System.Net;
using System.Text;
using Yiwang.Testing;
using Yiwang.Web.Tests.Complaints;

namespace Yiwang.Web.Tests.Security;

/// <summary>
/// Issue 14's upload attacks on complaint evidence: polyglots that start like a PDF or an image are refused with a
/// 422 problem in the caller's language; real files pass. (Oversize → 413 and a script named .pdf are in
/// <c>ComplaintInputTests</c>; XLSX bombs in <c>UploadBombTests</c>.)
/// </summary>
public abstract class UploadAttackTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Polyglots => new()
    {
        { "pdf-then-html", "application/pdf" },
        { "pdf-then-mz", "application/pdf" },
        { "pdf-header-only", "application/pdf" },
        { "real-pdf-with-script", "application/pdf" },
        { "png-then-script", "image/png" },
        { "real-png-then-script", "image/png" },
        { "png-truncated", "image/png" },
        { "jpeg-then-html", "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(Polyglots))]
    public async Task Polyglot_IsRefusedWithAProblem_InChineseAndEnglish(string attack, string declaredType)
    {
        var bytes = Attack(attack);
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, culture);
            var id = await ComplaintFixtures.CreateDraftAsync(enterprise, ComplaintFixtures.Draft($"HT-POLY-{attack}-{culture}-{app.Kind}"), Ct);
            using var response = await ComplaintFixtures.UploadAsync(enterprise, id, bytes, "合同" + (declaredType == "application/pdf" ? ".pdf" : ".png"), declaredType, Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.Matches(culture == "en" ? "does not parse|not a whole" : "无法解析|不是完整有效", text);
            Assert.Empty((await ComplaintFixtures.GetAsync(enterprise, id, Ct)).GetProperty("evidence").EnumerateArray());
        }
    }

    [Fact]
    public async Task RealPdfAndPng_AreStored()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        var id = await ComplaintFixtures.CreateDraftAsync(enterprise, ComplaintFixtures.Draft("HT-POLY-REAL-" + app.Kind), Ct);
        using var pdf = await ComplaintFixtures.UploadAsync(enterprise, id, ComplaintFixtures.Pdf, "合同.pdf", "application/pdf", Ct);
        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
        using var png = await ComplaintFixtures.UploadAsync(enterprise, id, ComplaintFixtures.Png, "送货单.png", "image/png", Ct);
        Assert.Equal(HttpStatusCode.Created, png.StatusCode);
    }

    private static byte[] Attack(string name) => name switch
    {
        "pdf-then-html" => Encoding.ASCII.GetBytes("%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>"),
        "pdf-then-mz" => [.. "%PDF-1.4\n"u8, .. "MZ"u8, .. new byte[64], .. "PE\0\0"u8, .. new byte[256]],
        "pdf-header-only" => "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray(),
        "real-pdf-with-script" => [.. ComplaintFixtures.Pdf, .. "\n<script>alert(1)</script>\n"u8],
        "png-then-script" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "<script>alert(1)</script>"u8],
        "real-png-then-script" => [.. ComplaintFixtures.Png, .. "<svg onload=alert(1)>"u8],
        "png-truncated" => ComplaintFixtures.Png[..40],
        "jpeg-then-html" => [0xFF, 0xD8, 0xFF, 0xE0, .. "<!DOCTYPE html><html><script>alert(1)</script>"u8],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}

public sealed class SqliteUploadAttackTests(SqliteApp app) : UploadAttackTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresUploadAttackTests(PostgresApp app) : UploadAttackTests(app), IClassFixture<PostgresApp>;
