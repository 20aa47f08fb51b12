using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

/// <summary>What a picker's text resolves to: names people type, codes, the picker's own "name · code", and ambiguity.</summary>
public sealed class CodeResolutionTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.Default;
    private static readonly IndustryDirectory Industries = IndustryDirectory.Default;

    [Theory]
    [InlineData("330106", "330106")]
    [InlineData("浙江省 杭州市 西湖区 · 330106", "330106")]
    [InlineData("杭州市西湖区", "330106")]
    [InlineData(" 浙江省杭州市西湖区 ", "330106")]
    [InlineData("浙江省", "330000")]
    [InlineData("000000", "000000")]
    public void A_region_is_found_by_code_full_name_or_the_pickers_text(string text, string code)
    {
        var found = Regions.Resolve(text);
        Assert.Null(found.Error);
        Assert.Equal(code, found.Code!.Value.Value);
    }

    [Fact]
    public void A_name_shared_by_two_counties_asks_which_one_and_lists_both()
    {
        var found = Regions.Resolve("西湖区");
        Assert.Null(found.Code);
        Assert.Contains("2 处", found.Error!.Value.Zh, StringComparison.Ordinal);
        Assert.Contains(found.Candidates, c => c.EndsWith("· 330106", StringComparison.Ordinal));
        Assert.Contains(found.Candidates, c => c.EndsWith("· 360103", StringComparison.Ordinal));
        // Inside Zhejiang the same text is unambiguous.
        Assert.Equal("330106", Regions.Resolve("西湖区", RegionCode.Parse("330000")).Code!.Value.Value);
    }

    [Theory]
    [InlineData("", true, false)]
    [InlineData("   ", true, false)]
    [InlineData("999999", false, true)]
    [InlineData("火星省", false, true)]
    public void Empty_text_is_no_choice_and_unknown_text_is_an_error(string text, bool empty, bool error)
    {
        var found = Regions.Resolve(text);
        Assert.Equal(empty, found.IsEmpty);
        Assert.Equal(error, found.Error is not null);
    }

    [Fact]
    public void A_region_outside_the_callers_scope_is_refused_with_both_names()
    {
        var found = Regions.Resolve("320106", RegionCode.Parse("330000"));
        Assert.Null(found.Code);
        Assert.Contains("浙江省", found.Error!.Value.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_finds_by_code_prefix_and_by_name_within_a_scope_higher_levels_first()
    {
        var hits = Regions.Search("杭州", RegionCode.Parse("330000"), 5);
        Assert.Equal("330100", hits[0].Code.Value); // 杭州市 before its districts
        Assert.All(hits, h => Assert.StartsWith("33", h.Code.Value, StringComparison.Ordinal));
        Assert.All(Regions.Search("3301", null, 50), h => Assert.StartsWith("3301", h.Code.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3011", "3011")]
    [InlineData("C3011", "3011")]
    [InlineData("水泥制造 · 3011", "3011")]
    [InlineData("水泥制造", "3011")]
    public void An_industry_is_found_by_code_or_exact_name(string text, string code)
    {
        var found = Industries.Resolve(text, IndustryLevel.Class);
        Assert.Null(found.Error);
        Assert.Equal(code, found.Code!.Value.Value);
    }

    [Fact]
    public void An_industry_of_the_wrong_level_or_unknown_code_is_an_error_with_suggestions()
    {
        Assert.Contains("小类", Industries.Resolve("30", IndustryLevel.Class).Error!.Value.Zh, StringComparison.Ordinal);
        Assert.NotNull(Industries.Resolve("3098", IndustryLevel.Class).Error);
        var fuzzy = Industries.Resolve("水泥", IndustryLevel.Class);
        Assert.NotNull(fuzzy.Error);
        Assert.Contains(fuzzy.Candidates, c => c.EndsWith("· 3011", StringComparison.Ordinal));
    }
}
