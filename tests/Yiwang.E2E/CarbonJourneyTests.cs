using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

/// <summary>
/// The carbon journey in a real browser: an enterprise imports its supplier's PACT footprint for alumina, computes a
/// primary aluminium footprint from the template with its own smelter data, sees PFC in the gas breakdown and the
/// stage chart, issues PACT client credentials, and a customer system fetches the footprint at /2/footprints.
/// </summary>
public sealed class CarbonJourneyTests(YiwangSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Enterprise_computes_primary_aluminium_from_the_template_and_sees_pfc_in_the_breakdown()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.Enterprise, SeededAccounts.Password);

        await page.GotoAsync("/carbon/suppliers");
        await page.FillAsync("[data-testid='supplier-json']", SupplierAluminaJson());
        await page.ClickAsync("[data-testid='supplier-form'] button[type='submit']");
        await Assertions.Expect(page.Locator("[data-testid='supplier-table']")).ToContainTextAsync("冶金级氧化铝");

        await page.GotoAsync("/carbon");
        await page.ClickAsync("[data-testid='use-template-aluminium-primary']");
        await Assertions.Expect(page.Locator("[data-testid='template-name']")).ToContainTextAsync("原铝");
        await page.FillAsync("[data-testid='product-name']", "A00 重熔用铝锭");
        await page.FillAsync("[data-testid='param-electrolysisKwh']", "13300");
        await page.FillAsync("[data-testid='param-anodeEffectMinutes']", "1.2");
        await page.SelectOptionAsync("[data-testid='supplier-alumina']", new SelectOptionValue { Label = "E2E 氧化铝有限公司：冶金级氧化铝（0.7 kg CO₂e/kg）" });
        await page.ClickAsync("[data-testid='compute-submit']");

        await page.WaitForURLAsync(url => url.Contains("/carbon/footprints/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid='footprint-product']")).ToContainTextAsync("A00 重熔用铝锭");
        var gases = page.Locator("[data-testid='gas-table']");
        await Assertions.Expect(gases).ToContainTextAsync("CF4");
        await Assertions.Expect(gases).ToContainTextAsync("C2F6");
        await Assertions.Expect(page.Locator("[data-testid='stage-chart'] .yw-chart__canvas.is-drawn")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='stage-chart-table'] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid='uncertainty']")).ToContainTextAsync("95 %");
        await Assertions.Expect(page.Locator("[data-testid='process-table']")).ToContainTextAsync("供应商提供");
        await ScreenshotAsync(page, "carbon-aluminium-footprint");
        var id = page.Url.TrimEnd('/').Split('/')[^1];

        await page.GotoAsync("/carbon/pact-clients");
        await page.FillAsync("[data-testid='pact-client-form'] input[name='name']", "整车厂采购系统");
        await page.ClickAsync("[data-testid='pact-client-form'] button[type='submit']");
        var clientId = await page.Locator("[data-testid='pact-client-id']").InnerTextAsync();
        var secret = await page.Locator("[data-testid='pact-client-secret']").InnerTextAsync();

        // The customer is another system: a fresh context without the enterprise's cookies.
        var customer = (await NewPageAsync()).APIRequest;
        var form = customer.CreateFormData();
        form.Set("grant_type", "client_credentials");
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}"));
        var tokenResponse = await customer.PostAsync("/auth/token", new() { Form = form, Headers = new Dictionary<string, string> { ["Authorization"] = $"Basic {basic}" } });
        Assert.Equal(200, tokenResponse.Status);
        var token = (await tokenResponse.JsonAsync())!.Value.GetProperty("access_token").GetString();

        var footprint = await customer.GetAsync($"/2/footprints/{id}", new() { Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" } });
        Assert.Equal(200, footprint.Status);
        var pcf = (await footprint.JsonAsync())!.Value.GetProperty("data").GetProperty("pcf");
        Assert.Equal("kilogram", pcf.GetProperty("declaredUnit").GetString());
    }

    private static string SupplierAluminaJson() => JsonSerializer.Serialize(new
    {
        data = new
        {
            id = Guid.NewGuid(), specVersion = "2.2.0", version = 1, created = "2026-01-05T00:00:00Z", status = "Active",
            companyName = "E2E 氧化铝有限公司", companyIds = new[] { "urn:pathfinder:company:customcode:vendor-assigned:e2e-alumina" },
            productDescription = "Metallurgical-grade alumina", productIds = new[] { "urn:pathfinder:product:customcode:vendor-assigned:al2o3" },
            productCategoryCpc = "41431", productNameCompany = "冶金级氧化铝",
            pcf = new { declaredUnit = "kilogram", unitaryProductAmount = "1000", pCfExcludingBiogenic = "0.7", fossilGhgEmissions = "0.7" },
        },
    });
}
