using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Features.Pact;

namespace Yiwang.Carbon.Tests.Features.Pact;

/// <summary>
/// The PACT biogenic figures hang together as the v2 data model defines them (fact sheet §7.2): pCfExcludingBiogenic ≥ 0,
/// biogenicCarbonWithdrawal ≤ 0 and equal to −44/12 × biogenicCarbonContent, pCfIncludingBiogenic may go below zero.
/// </summary>
public sealed class PactCarbonFiguresTests
{
    [Fact]
    public void The_pact_v2_example_content_of_0_41_kg_c_is_a_withdrawal_of_1_5_kg_co2e()
    {
        // spec/v2/examples/get-footprint-response.json: "biogenicCarbonContent": "0.41", "biogenicCarbonWithdrawal": "-1.5" (declared unit 1 liter).
        var figures = PactCarbonFigures.Of(1.63, 1.63, 0, 0.41, 1);

        Assert.Equal(0.41, figures.BiogenicCarbonContentKgC, 12);
        Assert.Equal(-1.5, Math.Round(figures.BiogenicCarbonWithdrawal, 1));
        Assert.Equal(-0.41 * 44 / 12, figures.BiogenicCarbonWithdrawal, 12);
        Assert.Equal(1.63, figures.PcfExcludingBiogenic, 12);
        Assert.Equal(1.63 - 0.41 * 44 / 12, figures.PcfIncludingBiogenic, 12);
    }

    [Fact]
    public void Per_tonne_values_are_per_kilogram_in_pact_and_excluding_equals_fossil_when_nothing_is_biogenic()
    {
        // 1 t of steel = 1000 kilogram declared units; 2300 kg CO2e/t and 12 kg C/t of (say) biogenic coating.
        var figures = PactCarbonFigures.Of(2300, 2300, 0, 12, 1000);

        Assert.Equal(2.3, figures.FossilGhgEmissions, 12);
        Assert.Equal(figures.FossilGhgEmissions, figures.PcfExcludingBiogenic);
        Assert.Equal(0, figures.OtherBiogenicGhgEmissions);
        Assert.Equal(0.012, figures.BiogenicCarbonContentKgC, 12);
        Assert.Equal(-0.044, figures.BiogenicCarbonWithdrawal, 12);
        Assert.Equal(2.3 - 0.044, figures.PcfIncludingBiogenic, 12);
        Assert.False(figures.SplitProRata);
    }

    [Fact]
    public void Biogenic_emissions_go_to_other_biogenic_and_only_into_the_including_figure()
    {
        var figures = PactCarbonFigures.Of(100, 60, 40, null, 1);

        Assert.Equal(60, figures.PcfExcludingBiogenic, 12);
        Assert.Equal(40, figures.OtherBiogenicGhgEmissions, 12);
        Assert.Equal(0, figures.BiogenicCarbonWithdrawal);
        Assert.Equal(100, figures.PcfIncludingBiogenic, 12);
        Assert.True(figures.SplitProRata);
    }

    [Fact]
    public void A_product_storing_more_carbon_than_was_emitted_has_a_negative_including_figure_but_never_a_negative_excluding_one()
    {
        var figures = PactCarbonFigures.Of(0.5, 0.5, 0, 0.45, 1); // wood-like: 0.45 kg C per kg

        Assert.True(figures.PcfExcludingBiogenic >= 0);
        Assert.True(figures.BiogenicCarbonWithdrawal <= 0);
        Assert.True(figures.PcfIncludingBiogenic < 0);
        Assert.Equal(0.5 - 0.45 * BiogenicCarbon.Co2PerCarbon, figures.PcfIncludingBiogenic, 12);
    }

    [Fact]
    public void A_non_positive_unitary_amount_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PactCarbonFigures.Of(1, 1, 0, null, 0));
    }
}
