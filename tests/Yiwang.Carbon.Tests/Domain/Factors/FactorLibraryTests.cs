using Yiwang.Carbon.Domain.Factors;

namespace Yiwang.Carbon.Tests.Domain.Factors;

/// <summary>The shipped factor set against the fact sheet (../shared/reference/carbon-footprint.md §5).</summary>
public sealed class FactorLibraryTests
{
    private static readonly FactorLibrary Library = FactorLibrary.Default;

    [Theory]
    [InlineData("CO2", 1)]
    [InlineData("CH4-fossil", 29.8)]
    [InlineData("CH4-non-fossil", 27.0)]
    [InlineData("N2O", 273)]
    [InlineData("SF6", 25200)]
    [InlineData("CF4", 7380)]
    [InlineData("C2F6", 12400)]
    [InlineData("NF3", 17400)]
    public void Ar6_gwp100_matches_the_fact_sheet(string gas, double gwp) => Assert.Equal(gwp, Library.Gas(gas).Ar6);

    [Fact]
    public void Methane_keeps_the_fossil_split_rather_than_the_disputed_27_9() =>
        Assert.DoesNotContain(Library.Gases, g => g.Key.StartsWith("CH4", StringComparison.Ordinal) && g.Ar6 == 27.9);

    [Theory]
    [InlineData("grid.cn.national.average.2021", 0.5568)]
    [InlineData("grid.cn.national.average.2022", 0.5366)]
    [InlineData("grid.cn.national.average.2023", 0.5306)]
    [InlineData("grid.cn.national.residual.2021", 0.5942)]
    [InlineData("grid.cn.national.residual.2023", 0.6096)]
    [InlineData("grid.cn.fossil.2022", 0.8325)]
    [InlineData("grid.cn.southwest.2023", 0.2472)]
    [InlineData("grid.cn.yunnan.2022", 0.1073)]
    [InlineData("ets.cn.power.2022", 0.5703)]
    public void China_grid_factors_match_the_fact_sheet(string key, double value)
    {
        var factor = Library.Find(key);
        Assert.NotNull(factor);
        Assert.Equal(value, factor.Value);
        Assert.Equal("kWh", factor.Unit);
        Assert.Equal("CO2", factor.Gas);
    }

    [Fact]
    public void Statistical_and_carbon_market_series_are_kept_apart()
    {
        var average2022 = Library.Search(series: "grid-average", year: 2022, region: "CN").Single();
        var ets2022 = Library.Search(series: "ets-reporting", year: 2022).Single();
        Assert.Equal(0.5366, average2022.Value);
        Assert.Equal(0.5703, ets2022.Value);
    }

    [Fact]
    public void Every_factor_names_its_source_and_unconfirmed_values_say_so()
    {
        Assert.All(Library.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
        Assert.All(Library.Factors, f => Assert.Contains(f.Confidence, new[] { "official", "secondary", "unconfirmed", "assumption" }));
        Assert.Equal("unconfirmed", Library.Find("ets.cn.power.legacy")!.Confidence);
        Assert.False(Library.Find("fuel.natural-gas.combustion")!.IsConfirmed);
    }

    [Fact]
    public void Unknown_factor_is_a_model_error_that_names_it()
    {
        var error = Assert.Throws<ProductModelException>(() => Library.Get("grid.cn.atlantis.2023", "test"));
        Assert.Contains("grid.cn.atlantis.2023", error.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t", "kg", 1000)]
    [InlineData("kg", "t", 0.001)]
    [InlineData("MWh", "kWh", 1000)]
    [InlineData("GJ", "kWh", 277.77777777777777)]
    public void Units_convert_within_a_dimension(string from, string to, double factor) =>
        Assert.Equal(factor, Units.Factor(from, to, "test"), 12);

    [Theory]
    [InlineData("kWh", "Nm3")]
    [InlineData("kWh", "kWh-cap")]
    [InlineData("kg", "furlong")]
    public void Units_of_different_dimensions_are_refused(string from, string to) =>
        Assert.Throws<ProductModelException>(() => Units.Factor(from, to, "test"));
}
