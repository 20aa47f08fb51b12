using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("000000", JurisdictionLevel.National)]
    [InlineData("330000", JurisdictionLevel.Province)]
    [InlineData("330100", JurisdictionLevel.City)]
    [InlineData("330106", JurisdictionLevel.County)]
    [InlineData("110101", JurisdictionLevel.County)]
    [InlineData("429004", JurisdictionLevel.County)]
    public void Level_FollowsTheDigitPairs(string text, JurisdictionLevel level)
    {
        Assert.Equal(level, RegionCode.Parse(text).Level);
    }

    [Fact]
    public void ProvinceAndCity_AreTheLeadingPairs()
    {
        var county = RegionCode.Parse("330106");

        Assert.Equal("330000", county.Province.Value);
        Assert.Equal("330100", county.City.Value);
        Assert.Equal("330000", RegionCode.Parse("330000").City.Value);
    }

    [Theory]
    [InlineData("330106", "330106", true)]
    [InlineData("330106", "330100", true)]
    [InlineData("330106", "330000", true)]
    [InlineData("330106", "000000", true)]
    [InlineData("330106", "330200", false)]
    [InlineData("330106", "320000", false)]
    [InlineData("330106", "330105", false)]
    [InlineData("330100", "330000", true)]
    [InlineData("330100", "330106", false)]
    [InlineData("330000", "000000", true)]
    [InlineData("330000", "330100", false)]
    [InlineData("000000", "330000", false)]
    public void IsWithin_ComparesJurisdictionPrefixes(string code, string jurisdiction, bool within)
    {
        Assert.Equal(within, RegionCode.Parse(code).IsWithin(RegionCode.Parse(jurisdiction)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("33010")]
    [InlineData("3301066")]
    [InlineData("33010a")]
    [InlineData("３３０１０６")]
    public void TryParse_NotSixAsciiDigits_IsAFormatError(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _, out var error));

        Assert.Equal("region.format", error.Key);
        Assert.Contains("6", error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001234")]
    [InlineData("000100")]
    [InlineData("110001")]
    public void TryParse_DigitsThatCannotBeAGbt2260Code_IsAStructureError(string text)
    {
        Assert.False(RegionCode.TryParse(text, out _, out var error));

        Assert.Equal("region.structure", error.Key);
    }

    [Fact]
    public void Parse_TrimsSpacesAndThrowsOnGarbage()
    {
        Assert.Equal("330106", RegionCode.Parse(" 330106 ").Value);
        Assert.Throws<CodeFormatException>(() => RegionCode.Parse("Hangzhou"));
    }
}
