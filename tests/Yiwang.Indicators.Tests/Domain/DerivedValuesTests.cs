using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Tests.Domain;

public sealed class DerivedValuesTests
{
    [Fact]
    public void Five_g_share_is_recomputed_wherever_both_station_counts_exist()
    {
        var catalogue = CatalogueLoader.Default;

        var values = DerivedValues.Compute(catalogue, catalogue.Find("5g-base-station-share")!, "000000");

        // 231.2 / 1083 = 21.35% (reported 21.3); 318.9 / 1143 = 27.90%; 337.7 / 1161.5 = 29.07% (reported 29.1, itself derived);
        // 391.7 / 1188 = 32.97% (reported 33.0); 425.1 / 1265 = 33.60% (reported 33.6).
        Assert.Equal(["2022-12", "2023-09", "2023-12", "2024-06", "2024-12"], values.Select(v => v.Period.ToString()));
        Assert.Equal([21.35m, 27.90m, 29.07m, 32.97m, 33.60m], values.Select(v => v.Value));
        Assert.All(values, v => Assert.True(Math.Abs(v.Value - v.Reported!.Value) < 0.1m));
    }

    [Fact]
    public void Indicator_without_a_formula_has_no_derived_values()
    {
        var catalogue = CatalogueLoader.Default;

        Assert.Empty(DerivedValues.Compute(catalogue, catalogue.Find("5g-base-stations")!, "000000"));
    }
}
