using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using static Yiwang.Indicators.Tests.Data.CatalogueJson;

namespace Yiwang.Indicators.Tests.Data;

public sealed class CatalogueLoaderTests
{
    [Fact]
    public void Embedded_file_loads_with_every_seed_and_reference_series()
    {
        var catalogue = CatalogueLoader.Default;

        Assert.Equal(30, catalogue.Indicators.Count);
        Assert.Equal(199, catalogue.Observations.Count);
        Assert.Equal(11, catalogue.Targets.Count);
        Assert.All(catalogue.Observations, o => Assert.True(catalogue.Sources.ContainsKey(o.Source)));
        var fiveG = catalogue.Series("5g-base-stations", IndicatorCatalogue.NationalRegion);
        Assert.Equal(483.8m, fiveG[^1].Value);
        Assert.Equal(new Period(2025, 12), fiveG[^1].Period);
        Assert.Contains(catalogue.Targets, t => t is { Indicator: "5g-base-stations", Value: 450m, Source: "seed" });
    }

    [Fact]
    public void Embedded_file_flags_the_intelligent_compute_jump_and_nothing_across_years_of_year_to_date_revenue()
    {
        var warnings = CatalogueLoader.Default.Warnings;

        // 70 EFLOPS (2023, basis not stated) to 788 EFLOPS (mid-2025, FP16): a basis change, not growth.
        Assert.Contains(warnings, w => w.Where.StartsWith("compute-intelligent", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Where.StartsWith("telecom-revenue-ytd", StringComparison.Ordinal));
    }

    [Fact]
    public void Observation_of_an_unknown_indicator_is_an_error()
    {
        var json = With(Obs("2024-01", 1)).Replace("\"indicator\": \"x\", \"period\"", "\"indicator\": \"nope\", \"period\"", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => CatalogueLoader.Load(json));

        Assert.Contains(error.Errors, e => e.Message.En.Contains("unknown indicator 'nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void Observation_in_another_unit_is_an_error()
    {
        var error = Assert.Throws<CatalogueFormatException>(() => CatalogueLoader.Load(With(Obs("2024-01", 1, ", \"unit\": \"percent\""))));

        Assert.Contains(error.Errors, e => e.Message.En.Contains("does not match the indicator's unit 'count'", StringComparison.Ordinal));
    }

    [Fact]
    public void Target_in_another_unit_is_an_error()
    {
        const string target = """{ "indicator": "x", "unit": "percent", "value": 5, "direction": "at-least", "deadline": "2025-12-31", "document": "d", "source": "s" }""";

        var error = Assert.Throws<CatalogueFormatException>(() => CatalogueLoader.Load(With(Obs("2024-01", 1), target)));

        Assert.Contains(error.Errors, e => e.Message.En.Contains("target unit 'percent'", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_period_twice_is_an_error()
    {
        var error = Assert.Throws<CatalogueFormatException>(() => CatalogueLoader.Load(With(Obs("2024-01", 1) + "," + Obs("2024-01", 2))));

        Assert.Contains(error.Errors, e => e.Message.En == "duplicate period for this indicator and region");
    }

    [Fact]
    public void All_errors_are_reported_together()
    {
        var json = With(Obs("2024-13", 1) + "," + Obs("2024-01", 1, ", \"region\": \"12345\"") + ","
            + Obs("2024-02", 1).Replace("\"s\" }", "\"unknown\" }", StringComparison.Ordinal));

        var error = Assert.Throws<CatalogueFormatException>(() => CatalogueLoader.Load(json));

        Assert.Equal(3, error.Errors.Count);
    }

    [Theory]
    [InlineData(100, 125, false)] // 25% over 3 months: within 10% a month
    [InlineData(100, 131, true)]  // 31% over 3 months
    [InlineData(100, 69, true)]   // falls count too
    public void Jump_beyond_ten_percent_a_month_is_a_warning_not_an_error(int before, int after, bool flagged)
    {
        var catalogue = CatalogueLoader.Load(With(Obs("2024-01", before) + "," + Obs("2024-04", after)));

        Assert.Equal(flagged, catalogue.Warnings.Count == 1);
    }

    [Fact]
    public void Jump_across_a_scope_change_is_not_compared()
    {
        const string scope = """{ "from": "2024-04", "zh": "口径变化", "en": "scope change" }""";

        var catalogue = CatalogueLoader.Load(With(Obs("2024-01", 100) + "," + Obs("2024-04", 200), scopeChanges: scope));

        Assert.Empty(catalogue.Warnings);
    }

    [Fact]
    public void Year_to_date_values_are_compared_as_monthly_averages_within_a_year()
    {
        // 200 by February and 600 by June: 100 a month both times, although the total tripled.
        var catalogue = CatalogueLoader.Load(With(Obs("2024-02", 200) + "," + Obs("2024-06", 600) + "," + Obs("2025-01", 90), accumulation: "year-to-date"));

        Assert.Empty(catalogue.Warnings);
    }
}
