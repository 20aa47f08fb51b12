using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Carbon.Features.Footprints;

namespace Yiwang.Carbon.Tests.Features.Footprints;

/// <summary>EU 2023/1542 Art. 7: the four Annex II stages per kWh delivered over the service life.</summary>
public sealed class BatteryDeclarationTests
{
    [Fact]
    public void Lfp_template_stages_divide_by_usable_share_times_cycles_times_years()
    {
        var result = FootprintCalculator.Calculate(TemplateCatalog.Find("battery-lfp-pack")!, ActivityData.Defaults, FactorLibrary.Default);
        var life = BatteryServiceLife.Read("0.8", "250", "10").Value!; // 2000 kWh delivered per kWh rated

        var declaration = BatteryDeclaration.Of(result, life);

        Assert.True(BatteryDeclaration.Applies(result));
        Assert.False(life.Assumed);
        Assert.Equal(["raw-material", "production", "distribution", "end-of-life"], declaration.Stages.Select(s => s.Stage));
        Assert.Equal(107.3888 / 2000, declaration.KgPerKwhDelivered, 1e-9); // the template's documented reference result, no use stage
        Assert.All(declaration.Stages, s => Assert.Equal(s.KgPerKwhRated / 2000, s.KgPerKwhDelivered, 1e-12));
    }

    [Fact]
    public void Defaults_are_labelled_assumed_and_steel_has_no_battery_declaration()
    {
        Assert.True(BatteryServiceLife.Read(null, " ", null).Value!.Assumed);
        Assert.Equal(0.9 * 60 * 10, BatteryServiceLife.Default.KwhDeliveredPerKwhRated);
        var steel = FootprintCalculator.Calculate(TemplateCatalog.Find("steel-eaf")!, ActivityData.Defaults, FactorLibrary.Default);
        Assert.False(BatteryDeclaration.Applies(steel));
    }

    [Theory]
    [InlineData("0.05", null, null, "usable")]
    [InlineData("1.01", null, null, "usable")]
    [InlineData(null, "0", null, "cycles")]
    [InlineData(null, null, "31", "years")]
    [InlineData(null, "abc", null, "cycles")]
    public void Out_of_range_or_non_numeric_service_life_is_refused(string? usable, string? cycles, string? years, string field)
    {
        var refused = BatteryServiceLife.Read(usable, cycles, years);
        Assert.Equal(Yiwang.Kernel.Web.Commands.CommandStatus.Unprocessable, refused.Status);
        Assert.Equal([field], refused.Errors.Fields);
    }

    [Fact]
    public void Every_bad_service_life_value_is_named_at_once()
    {
        Assert.Equal(["usable", "cycles", "years"], BatteryServiceLife.Read("2", "x", "0").Errors.Fields);
    }
}
