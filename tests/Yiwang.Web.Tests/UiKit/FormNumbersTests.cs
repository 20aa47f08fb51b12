using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Web.Tests.UiKit;

public sealed class FormNumbersTests
{
    [Theory]
    [InlineData("1250.5", 1250.5)]
    [InlineData(" 1,250.5 ", 1250.5)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("-3", -3)]
    [InlineData("１２５０．５", 1250.5)]
    [InlineData("0", 0)]
    public void Figures_people_type_are_read(string text, double expected)
    {
        Assert.True(FormNumbers.TryParseDecimal(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("12,5")]      // a decimal comma is not silently 125
    [InlineData("1,25,000")]  // Indian grouping
    [InlineData("1.2.3")]
    [InlineData("12万")]
    [InlineData("1e5")]
    [InlineData("")]
    [InlineData("<script>")]
    public void Anything_else_is_refused(string text) => Assert.False(FormNumbers.TryParseDecimal(text, out _));

    [Fact]
    public void Integers_must_be_whole() 
    {
        Assert.True(FormNumbers.TryParseInteger("1,200", out var n));
        Assert.Equal(1200, n);
        Assert.False(FormNumbers.TryParseInteger("12.5", out _));
    }
}
