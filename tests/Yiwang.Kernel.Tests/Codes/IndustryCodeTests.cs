using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

public sealed class IndustryCodeTests
{
    [Theory]
    [InlineData("C", IndustryLevel.Section, "C", 'C')]
    [InlineData("30", IndustryLevel.Division, "30", 'C')]
    [InlineData("301", IndustryLevel.Group, "301", 'C')]
    [InlineData("3011", IndustryLevel.Class, "3011", 'C')]
    [InlineData("C3011", IndustryLevel.Class, "3011", 'C')]
    [InlineData("c3011", IndustryLevel.Class, "3011", 'C')]
    [InlineData("70", IndustryLevel.Division, "70", 'K')]
    [InlineData("0111", IndustryLevel.Class, "0111", 'A')]
    [InlineData("9700", IndustryLevel.Class, "9700", 'T')]
    [InlineData(" I6513 ", IndustryLevel.Class, "6513", 'I')]
    public void Parse_EveryLevel(string text, IndustryLevel level, string value, char section)
    {
        var code = IndustryCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(value, code.Value);
        Assert.Equal(section, code.Section);
    }

    [Theory]
    [InlineData("A3011")] // 30 is in manufacturing (C), not agriculture
    [InlineData("98")]
    [InlineData("00")]
    [InlineData("9801")]
    [InlineData("U")]
    [InlineData("3")]
    [InlineData("30111")]
    [InlineData("30a1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Rejects(string? text)
    {
        Assert.False(IndustryCode.TryParse(text, out _, out var error));

        Assert.Equal("industry.format", error.Key);
    }

    [Theory]
    [InlineData("3011", "C", true)]
    [InlineData("3011", "30", true)]
    [InlineData("3011", "301", true)]
    [InlineData("3011", "3011", true)]
    [InlineData("3011", "302", false)]
    [InlineData("3011", "A", false)]
    [InlineData("30", "C", true)]
    [InlineData("C", "30", false)]
    public void IsWithin_FollowsTheHierarchy(string code, string prefix, bool within)
    {
        Assert.Equal(within, IndustryCode.Parse(code).IsWithin(IndustryCode.Parse(prefix)));
    }
}
