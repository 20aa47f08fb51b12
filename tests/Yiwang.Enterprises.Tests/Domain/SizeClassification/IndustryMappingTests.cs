using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class IndustryMappingTests
{
    private static readonly SizeFigures Any = new(50, 1000m, 1000m);

    [Theory]
    [InlineData("nbs-2017", "C", "industry")]
    [InlineData("nbs-2017", "B0610", "industry")]
    [InlineData("nbs-2017", "44", "industry")]
    [InlineData("nbs-2017", "A", "agriculture")]
    [InlineData("nbs-2017", "E", "construction")]
    [InlineData("nbs-2017", "F51", "wholesale")]
    [InlineData("nbs-2017", "5211", "retail")]
    [InlineData("nbs-2017", "54", "transport")]
    [InlineData("nbs-2017", "5810", "transport")]
    [InlineData("nbs-2017", "591", "transport")]
    [InlineData("nbs-2017", "5920", "warehousing")]
    [InlineData("nbs-2017", "599", "warehousing")]
    [InlineData("nbs-2017", "60", "postal")]
    [InlineData("nbs-2017", "64", "information-transmission")]
    [InlineData("nbs-2017", "65", "software-it")]
    [InlineData("nbs-2017", "701", "real-estate-development")]
    [InlineData("nbs-2017", "7010", "real-estate-development")]
    [InlineData("nbs-2017", "702", "property-management")]
    [InlineData("nbs-2017", "703", "other-unlisted")]
    [InlineData("nbs-2017", "7090", "other-unlisted")]
    [InlineData("nbs-2017", "L", "leasing-business-services")]
    [InlineData("nbs-2017", "85", "other-unlisted")]
    [InlineData("nbs-2017", "8510", "other-unlisted")]
    [InlineData("nbs-2017", "M", "other-unlisted")]
    [InlineData("nbs-2017", "R8610", "other-unlisted")]
    [InlineData("miit-2011-300", "85", "other-unlisted")]
    [InlineData("miit-2011-300", "7020", "property-management")]
    public void Most_specific_mapping_wins(string setId, string code, string rowId)
    {
        var result = SizeClassifier.Classify(SizeRuleSetCatalog.Find(setId)!, IndustryCode.Parse(code), Any);
        Assert.Equal(rowId, result.RowId);
    }

    [Theory]
    [InlineData("70")]
    [InlineData("K")]
    [InlineData("G")]
    [InlineData("F")]
    [InlineData("H")]
    [InlineData("I")]
    [InlineData("Q")]
    [InlineData("59")]
    public void Codes_spanning_several_rows_are_too_coarse(string code)
    {
        var result = SizeClassifier.Classify(SizeRuleSetCatalog.Default, IndustryCode.Parse(code), Any);
        Assert.Equal(SizeOutcome.TooCoarse, result.Outcome);
        Assert.Null(result.Size);
        Assert.Contains("过粗", result.Explanation[0].Zh, StringComparison.Ordinal);
        Assert.Contains("too coarse", result.Explanation[0].En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("J", "金融业")]
    [InlineData("6621", "金融业")]
    [InlineData("P", "教育")]
    [InlineData("84", "卫生")]
    [InlineData("8411", "卫生")]
    [InlineData("S", "公共管理")]
    [InlineData("T", "国际组织")]
    [InlineData("53", "铁路")]
    [InlineData("5311", "铁路")]
    [InlineData("704", "自有房地产")]
    public void Out_of_scope_codes_are_not_covered_with_the_reason(string code, string reason)
    {
        foreach (var set in SizeRuleSetCatalog.All)
        {
            var result = SizeClassifier.Classify(set, IndustryCode.Parse(code), Any);
            Assert.Equal(SizeOutcome.NotCovered, result.Outcome);
            Assert.Contains(reason, result.Explanation[0].Zh, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("c3011", (short)1)]
    [InlineData(" 3011 ", (short)1)]
    [InlineData("C51", IndustryRowLookup.Invalid)]
    [InlineData("98", IndustryRowLookup.Invalid)]
    [InlineData("3", IndustryRowLookup.Invalid)]
    [InlineData("30111", IndustryRowLookup.Invalid)]
    [InlineData("", IndustryRowLookup.Invalid)]
    [InlineData("Z", IndustryRowLookup.Invalid)]
    [InlineData("30a1", IndustryRowLookup.Invalid)]
    public void Span_lookup_parses_like_the_kernel(string text, short expected)
    {
        var lookup = SizeRuleSetCatalog.Default.Lookup;
        Assert.Equal(expected, lookup.Resolve(text));
        Assert.Equal(expected != IndustryRowLookup.Invalid, IndustryCode.TryParse(text, out _, out _));
    }

    [Fact]
    public void Lookup_agrees_with_the_kernel_parser_on_every_code_shape()
    {
        var lookup = SizeRuleSetCatalog.Default.Lookup;
        for (var n = 0; n < 10000; n++)
        {
            foreach (var text in new[] { n.ToString("00"), n.ToString("000"), n.ToString("0000") })
            {
                if (text.Length > 4) continue;
                Assert.Equal(IndustryCode.TryParse(text, out _, out _), lookup.Resolve(text) != IndustryRowLookup.Invalid);
            }
        }
    }
}
