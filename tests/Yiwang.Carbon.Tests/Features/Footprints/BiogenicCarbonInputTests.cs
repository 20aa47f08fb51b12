using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Carbon.Features.Footprints;

namespace Yiwang.Carbon.Tests.Features.Footprints;

/// <summary>The declared biogenic carbon content: at least zero, finite, and no more carbon than the declared unit weighs.</summary>
public sealed class BiogenicCarbonInputTests
{
    private static ProductTemplate Steel => TemplateCatalog.Find("steel-eaf")!;

    private static ProductTemplate Battery => TemplateCatalog.Find("battery-lfp-pack")!;

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(12.5)]
    [InlineData(1000.0)] // a tonne of pure carbon per tonne: the edge, still possible
    public void Possible_contents_pass(double? value) => Assert.Null(BiogenicCarbonInput.Problem(value, Steel));

    [Theory]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1000.001)]
    [InlineData(1e300)]
    public void Impossible_contents_name_the_field(double value)
    {
        var reason = BiogenicCarbonInput.Problem(value, Steel);
        Assert.NotNull(reason);
        Assert.Equal("biogenicCarbonContentKgC", BiogenicCarbonInput.Field);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", reason.Value.En);
        Assert.Matches("[\u4e00-\u9fff]", reason.Value.Zh);
    }

    [Fact]
    public void The_ceiling_is_the_product_mass_for_mass_units_and_an_absurdity_guard_otherwise()
    {
        Assert.Equal(1000, BiogenicCarbonInput.ProductMassKg(Steel));
        Assert.Null(BiogenicCarbonInput.ProductMassKg(Battery)); // PACT unit kilowatt hour: no mass known
        Assert.Equal(BiogenicCarbon.CeilingWithoutMassKgC, BiogenicCarbon.CeilingKgC(null));
        var reason = BiogenicCarbonInput.Problem(BiogenicCarbon.CeilingWithoutMassKgC + 1, Battery);
        Assert.Contains("implausible", reason!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawal_is_minus_44_over_12_of_the_content_and_zero_for_none()
    {
        Assert.Equal(-44.0, BiogenicCarbon.WithdrawalKgCo2e(12), 12);
        Assert.Equal(0, BiogenicCarbon.WithdrawalKgCo2e(0));
    }
}
