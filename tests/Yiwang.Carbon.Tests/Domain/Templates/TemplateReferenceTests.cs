using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Tests.Domain.Templates;

/// <summary>
/// Every starter template with its default activity data reproduces its documented reference result (worked out by
/// Data/Tools/template_reference.py, a plain recursion independent of the matrix engine) and lies in the
/// plausibility range the fact sheet gives for that product (§6).
/// </summary>
public sealed class TemplateReferenceTests
{
    public static TheoryData<string> TemplateIds => [.. TemplateCatalog.All.Select(t => t.Id)];

    [Fact]
    public void All_six_starter_templates_ship() =>
        Assert.Equal(["aluminium-primary", "battery-lfp-pack", "battery-nmc-pack", "bev", "steel-bf-bof", "steel-eaf"], TemplateCatalog.All.Select(t => t.Id));

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Defaults_reproduce_the_documented_reference_result(string id)
    {
        var template = TemplateCatalog.Find(id)!;

        var result = FootprintCalculator.Calculate(template, ActivityData.Defaults, FactorLibrary.Default);

        Assert.True(template.Reference.KgCo2e > 0);
        Assert.Equal(template.Reference.KgCo2e, result.TotalKgCo2e, template.Reference.KgCo2e * 1e-9);
        Assert.Equal(result.TotalKgCo2e, result.ByStage.Sum(s => s.KgCo2e), 1e-6);
        Assert.Equal(result.TotalKgCo2e, result.ByProcess.Sum(s => s.KgCo2e), 1e-6);
        Assert.Equal(result.TotalKgCo2e, result.ByGas.Sum(s => s.KgCo2e), 1e-6);
        Assert.Equal(0, result.PrimaryDataShare);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Defaults_lie_in_the_fact_sheet_plausibility_range(string id)
    {
        var template = TemplateCatalog.Find(id)!;
        if (template.Reference.Plausibility is not { } range)
        {
            Assert.Equal("bev", id); // the fact sheet has no vehicle figure; its parts are checked through the battery templates
            return;
        }

        var total = FootprintCalculator.Calculate(template, ActivityData.Defaults, FactorLibrary.Default).TotalKgCo2e;
        Assert.InRange(total, range.Min, range.Max);
    }

    [Fact]
    public void China_primary_aluminium_is_close_to_the_published_2020_average()
    {
        // Peng et al. 2022: 15,947 kg CO2e per t ingot, China 2020 (fact sheet §6.2).
        var result = FootprintCalculator.Calculate(TemplateCatalog.Find("aluminium-primary")!, ActivityData.Defaults, FactorLibrary.Default);
        Assert.InRange(result.TotalKgCo2e, 15947 * 0.95, 15947 * 1.05);
    }

    [Fact]
    public void Aluminium_breakdown_shows_pfc_from_anode_effects_by_the_slope_method()
    {
        var template = TemplateCatalog.Find("aluminium-primary")!;
        var result = FootprintCalculator.Calculate(template, new ActivityData(new Dictionary<string, double> { ["anodeEffectMinutes"] = 1.0 }), FactorLibrary.Default);

        var cf4 = result.ByGas.Single(g => g.Gas == "CF4");
        var c2f6 = result.ByGas.Single(g => g.Gas == "C2F6");
        // casting takes 1.005 t liquid metal per t ingot; CF4 = 0.143 kg/t per AE-minute, C2F6 = 0.121 × CF4
        Assert.Equal(1.005 * 0.143, cf4.Kg, 1e-9);
        Assert.Equal(1.005 * 0.143 * 7380, cf4.KgCo2e, 1e-6);
        Assert.Equal(1.005 * 0.017303 * 12400, c2f6.KgCo2e, 1e-6);
        Assert.True(result.PrimaryDataShare > 0, "the anode effect is the smelter's own data");
    }

    [Fact]
    public void Choosing_the_southwest_grid_lowers_the_eaf_footprint_by_the_factor_difference()
    {
        var template = TemplateCatalog.Find("steel-eaf")!;
        var national = FootprintCalculator.Calculate(template, ActivityData.Defaults, FactorLibrary.Default);
        var southwest = FootprintCalculator.Calculate(template,
            new ActivityData(Factors: new Dictionary<string, string> { ["siteElectricity"] = "grid.cn.southwest.2023" }), FactorLibrary.Default);

        // 500 kWh in the furnace + 27 kWh per t prepared scrap × 1.1 t
        var kwh = 500 + (27 * 1.1);
        Assert.Equal(national.TotalKgCo2e - (kwh * (0.5306 - 0.2472)), southwest.TotalKgCo2e, 1e-6);
    }

    [Fact]
    public void Carbon_market_factor_is_refused_for_a_product_footprint()
    {
        var template = TemplateCatalog.Find("steel-eaf")!;
        var error = Assert.Throws<ProductModelException>(() => FootprintCalculator.Calculate(template,
            new ActivityData(Factors: new Dictionary<string, string> { ["siteElectricity"] = "ets.cn.power.2022" }), FactorLibrary.Default));
        Assert.Equal("factors.siteElectricity", error.Field);
    }

    [Theory]
    [InlineData("electrolysisKwh", 50000)]
    [InlineData("electrolysisKwh", double.NaN)]
    [InlineData("noSuchParameter", 1)]
    public void Activity_data_outside_the_template_is_refused_with_its_field(string key, double value)
    {
        var template = TemplateCatalog.Find("aluminium-primary")!;
        var error = Assert.Throws<ProductModelException>(() =>
            FootprintCalculator.Calculate(template, new ActivityData(new Dictionary<string, double> { [key] = value }), FactorLibrary.Default));
        Assert.Equal($"parameters.{key}", error.Field);
    }

    [Fact]
    public void A_supplier_footprint_replaces_the_template_process_and_its_change_rolls_down()
    {
        var template = TemplateCatalog.Find("aluminium-primary")!;
        ActivityData WithAlumina(double kgPerKg) => new(Suppliers: new Dictionary<string, SupplierInput>
        {
            ["alumina"] = new("供应商氧化铝", "Supplier alumina", kgPerKg, "kg", "urn:test"),
        });

        var low = FootprintCalculator.Calculate(template, WithAlumina(0.6), FactorLibrary.Default);
        var high = FootprintCalculator.Calculate(template, WithAlumina(0.9), FactorLibrary.Default);

        // 1.92 t alumina per t liquid metal, 1.005 t liquid metal per t ingot
        Assert.Equal(1.005 * 1920 * 0.3, high.TotalKgCo2e - low.TotalKgCo2e, 1e-6);
        var supplier = low.ByProcess.Single(p => p.Kind == "supplier");
        Assert.Equal(1.005 * 1920 * 0.6, supplier.KgCo2e, 1e-6);
        Assert.True(supplier.Primary);
        Assert.Equal("raw-material", supplier.Stage); // it stands in for alumina refining, a raw-material process
        Assert.DoesNotContain(low.ByProcess, p => p.En == "Alumina refining");
    }

    [Fact]
    public void Supplier_declared_in_an_incompatible_unit_is_refused()
    {
        var template = TemplateCatalog.Find("aluminium-primary")!;
        Assert.Throws<ProductModelException>(() => FootprintCalculator.Calculate(template, new ActivityData(Suppliers: new Dictionary<string, SupplierInput>
        {
            ["alumina"] = new("x", "x", 0.6, "kWh", "urn:test"),
        }), FactorLibrary.Default));
    }

    [Fact]
    public void Battery_templates_break_down_by_the_eu_article_7_stages()
    {
        var result = FootprintCalculator.Calculate(TemplateCatalog.Find("battery-lfp-pack")!, ActivityData.Defaults, FactorLibrary.Default);
        Assert.Equal(["raw-material", "production", "distribution", "end-of-life"], result.ByStage.Select(s => s.Stage));
        Assert.Equal(7.0 * 0.5, result.ByStage.Single(s => s.Stage == "end-of-life").KgCo2e, 1e-9);
    }

    [Fact]
    public void Vehicle_use_stage_is_charging_electricity_times_the_grid_factor()
    {
        var result = FootprintCalculator.Calculate(TemplateCatalog.Find("bev")!,
            new ActivityData(new Dictionary<string, double> { ["useElectricityKwh"] = 30000 }), FactorLibrary.Default);
        Assert.Equal(30000 * 0.5306, result.ByStage.Single(s => s.Stage == "use").KgCo2e, 1e-6);
        Assert.True(result.CradleToGateKgCo2e < result.TotalKgCo2e);
    }
}

/// <summary>Monte Carlo on template footprints: reproducible, and the interval brackets the deterministic result.</summary>
public sealed class FootprintUncertaintyTests
{
    [Fact]
    public void Interval_brackets_the_deterministic_result_and_repeats_exactly()
    {
        var template = TemplateCatalog.Find("aluminium-primary")!;
        var first = FootprintCalculator.Calculate(template, ActivityData.Defaults, FactorLibrary.Default);
        var second = FootprintCalculator.Calculate(template, ActivityData.Defaults, FactorLibrary.Default);

        var u = first.Uncertainty!;
        Assert.Equal(FootprintUncertainty.Iterations, u.Iterations);
        Assert.InRange(first.TotalKgCo2e, u.P025, u.P975);
        Assert.True(u.P975 > u.P025 * 1.05, "a visible spread");
        Assert.Equal(u, second.Uncertainty);
    }
}
