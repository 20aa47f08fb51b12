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
        var total = await page.Locator("[data-testid='footprint-total']").InnerTextAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var path = Path.Combine(Screenshots.Directory, "carbon-steel-report.pdf");
        Directory.CreateDirectory(Screenshots.Directory);
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"PDF: {path} ({pdf.Length} bytes)");

        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        TestContext.Current.TestOutputHelper?.WriteLine($"{document.NumberOfPages} pages; text:\n{text}");
        Assert.InRange(document.NumberOfPages, 2, 12);
        Assert.Equal(210, document.GetPage(1).Width * 25.4 / 72, 1.0); // A4 from @page, in mm
        Assert.Contains(total, text, StringComparison.Ordinal);
        Assert.Contains("cradle-to-gate", text, StringComparison.Ordinal);
        Assert.Contains("EAF-2025", text, StringComparison.Ordinal);
        Assert.Contains("DQR", text, StringComparison.Ordinal);
        Assert.Contains("3.5 kg C", text, StringComparison.Ordinal);
        Assert.Contains("GB/T 24067-2024", text, StringComparison.Ordinal);
    }
}
