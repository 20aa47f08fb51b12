using System.Text;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

/// <summary>
/// The footprint report printed to PDF by the real (headless) Chromium under print media, then read back with PdfPig:
/// the PDF exists, has a sane number of pages, carries the report's key facts and leaves out the site chrome.
/// </summary>
public sealed class CarbonReportPdfTests(YiwangSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Report_prints_to_a_pdf_with_the_key_facts_and_without_the_navigation()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.Enterprise, SeededAccounts.Password);
        await page.GotoAsync("/carbon/footprints/new?template=steel-eaf");
        await page.FillAsync("[data-testid='product-name']", "PDF 测试钢坯 EAF-2025");
        await page.FillAsync("[data-testid='biogenic-carbon']", "3.5");
        await page.ClickAsync("[data-testid='compute-submit']");
        await page.WaitForURLAsync(url => url.Contains("/carbon/footprints/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        var total = await page.Locator("[data-testid='footprint-total'] .yw-tile__value").EvaluateAsync<string>("e => e.firstChild.textContent.trim()");
        var declaredUnit = await page.Locator("[data-testid='report-items'] dd").First.InnerTextAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var path = Path.Combine(Screenshots.Directory, "carbon-steel-report.pdf");
        Directory.CreateDirectory(Screenshots.Directory);
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"PDF: {path} ({pdf.Length} bytes)");

        using var document = PdfDocument.Open(pdf);
        // Chromium's CJK fonts map some glyphs to Kangxi radicals (⾜ U+2FAD for 足); NFKC folds them back to the ideographs.
        var text = K(string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".txt"), text, TestContext.Current.CancellationToken); // what PdfPig read, beside the PDF
        TestContext.Current.TestOutputHelper?.WriteLine($"{document.NumberOfPages} pages; text:\n{text}");

        Assert.InRange(document.NumberOfPages, 2, 8);
        Assert.All(document.GetPages(), p => Assert.Equal(210, p.Width * 25.4 / 72, 1.0)); // A4 from the report's @page rule, in mm
        Assert.Contains(K("产品碳足迹报告"), text, StringComparison.Ordinal);
        Assert.Contains(K("EAF-2025"), text, StringComparison.Ordinal);
        Assert.Contains(K(declaredUnit).Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal); // the declared unit
        Assert.Contains(K(total), text, StringComparison.Ordinal); // and the total
        Assert.Contains(K("系统边界 从摇篮到大"), text, StringComparison.Ordinal); // 门 comes out as the radical ⻔, which NFKC leaves
        Assert.Contains(K("数据质量评级"), text, StringComparison.Ordinal);
        Assert.Contains(K("GB/T 24067-2024"), text, StringComparison.Ordinal);
        Assert.Contains(K("3.5 kg C/"), text, StringComparison.Ordinal);
        Assert.Contains(K("部分产品碳足迹"), text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "规模自测", "企业名录", "退出", "下载报告", "导出 PACT", "为投入评分", "保存评分", "换算" })
            Assert.DoesNotContain(K(chrome), text, StringComparison.Ordinal); // navigation, buttons and forms stay off paper
    }

    /// <summary>Expected text folded like the extracted text (NFKC also turns CO₂ into CO2 and full-width brackets into ASCII).</summary>
    private static string K(string s) => s.Normalize(NormalizationForm.FormKC);
}
