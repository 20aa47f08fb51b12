using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

public sealed class UsccTests
{
    // Published codes of well-known companies (business licences / GLEIF "registeredAs"), as they appear in public material.
    [Theory]
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("9144030071526726XG")] // 腾讯科技（深圳）有限公司
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）网络技术有限公司
    [InlineData("91110000710925462X")] // 中国石油天然气股份有限公司 (PetroChina, GLEIF LEI 529900RPY4YG47TRSV05)
    public void Parse_RealPublishedCodes_AreValid(string text)
    {
        var code = Uscc.Parse(text);

        Assert.Equal(text, code.Value);
    }

    [Fact]
    public void RegistrationRegion_IsPositionsThreeToEight()
    {
        Assert.Equal("440300", Uscc.Parse("914403001922038216").RegistrationRegion);
    }

    [Fact]
    public void TryParse_WrongCheckCharacter_NamesPosition18AndTheExpectedCharacter()
    {
        Assert.False(Uscc.TryParse("914403001922038217", out _, out var error));

        Assert.Equal("uscc.check", error.Key);
        Assert.Contains("position 18", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("'6'", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("第18位", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("“6”", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void TryParse_ForbiddenLetter_NamesItsPosition(char letter)
    {
        var text = "91330100716105852F".Remove(9, 1).Insert(9, letter.ToString());

        Assert.False(Uscc.TryParse(text, out _, out var error));

        Assert.Equal("uscc.character", error.Key);
        Assert.Contains("character 10", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("第10位", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("9144030071526726X")]
    [InlineData("9144030071526726XGG")]
    public void TryParse_WrongLength_IsALengthError(string? text)
    {
        Assert.False(Uscc.TryParse(text, out _, out var error));

        Assert.Equal("uscc.length", error.Key);
    }

    [Fact]
    public void Parse_LowerCaseAndSpaces_AreNormalised()
    {
        Assert.Equal("9144030071526726XG", Uscc.Parse("  9144030071526726xg ").Value);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void TryParse_LetterInRegionDigits_IsRejectedAtThatPosition(int index)
    {
        var text = "914403001922038216".Remove(index, 1).Insert(index, "A");

        Assert.False(Uscc.TryParse(text, out _, out var error));

        Assert.Equal("uscc.character", error.Key);
        Assert.Contains($"character {index + 1} ", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LetterJustOutsideRegionDigits_IsAllowed()
    {
        // Positions 9–17 hold the organisation code, which may contain letters.
        Assert.True(Uscc.TryParse(Uscc.FromBody("91440300A92203821").Value, out _, out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsCodeFormatExceptionCarryingTheError()
    {
        var exception = Assert.Throws<CodeFormatException>(() => Uscc.Parse("914403001922038217"));

        Assert.Equal("uscc.check", exception.Error.Key);
    }

    [Theory]
    [InlineData("9144030019220382")]
    [InlineData("91440300192203821I")]
    [InlineData("9144030019220382I")]
    public void FromBody_BadBody_ThrowsCodeFormatException(string body)
    {
        Assert.Throws<CodeFormatException>(() => Uscc.FromBody(body));
    }

    [Fact]
    public void FromBody_RealBody_GivesThePublishedCheckCharacter()
    {
        Assert.Equal("9144030071526726XG", Uscc.FromBody("9144030071526726X").Value);
    }
}
