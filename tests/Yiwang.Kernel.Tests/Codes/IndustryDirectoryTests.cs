using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

public sealed class IndustryDirectoryTests
{
    private static readonly IndustryDirectory Directory = IndustryDirectory.Default;

    private static IReadOnlyList<IndustryInfo> All =>
        [.. Directory.Sections.SelectMany(s => Directory.ChildrenOf(s.Code).Prepend(s).Concat(Groups(s)))];

    [Fact]
    public void Counts_MatchTheStandard()
    {
        Assert.Equal(20, Directory.Sections.Count);
        Assert.Equal(97, All.Count(i => i.Level == IndustryLevel.Division));
        Assert.Equal(473, All.Count(i => i.Level == IndustryLevel.Group));
        Assert.Equal(1381, All.Count(i => i.Level == IndustryLevel.Class));
        Assert.Equal(Directory.Count, All.Count);
    }

    [Fact]
    public void Sections_AreAToTWithChineseAndEnglishNames()
    {
        Assert.Equal("ABCDEFGHIJKLMNOPQRST", new string([.. Directory.Sections.Select(s => s.Code.Section)]));
        Assert.All(Directory.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.NameEn)));
        var agriculture = Directory.Find("A")!;
        Assert.Equal("农、林、牧、渔业", agriculture.Name);
        Assert.Equal("Agriculture, forestry, animal husbandry and fishery", agriculture.NameEn);
    }

    [Theory]
    [InlineData("C", "制造业", IndustryLevel.Section)]
    [InlineData("30", "非金属矿物制品业", IndustryLevel.Division)]
    [InlineData("301", "水泥、石灰和石膏制造", IndustryLevel.Group)]
    [InlineData("3011", "水泥制造", IndustryLevel.Class)]
    [InlineData("C3011", "水泥制造", IndustryLevel.Class)]
    [InlineData("70", "房地产业", IndustryLevel.Division)]
    [InlineData("6513", "应用软件开发", IndustryLevel.Class)]
    [InlineData("3741", "飞机制造", IndustryLevel.Class)]
    [InlineData("019", "其他农业", IndustryLevel.Group)] // a group the standard does not subdivide …
    [InlineData("0190", "其他农业", IndustryLevel.Class)] // … is printed on one line with its only class
    [InlineData("194", "羽毛（绒）加工及制品制造", IndustryLevel.Group)]
    public void Find_KnownCodes(string code, string name, IndustryLevel level)
    {
        var info = Directory.Find(code)!;

        Assert.Equal(name, info.Name);
        Assert.Equal(level, info.Level);
        Assert.True(Directory.IsKnown(info.Code));
    }

    [Theory]
    [InlineData("3010")] // well-formed but not in the standard
    [InlineData("0180")]
    [InlineData("A3011")]
    [InlineData("98")]
    [InlineData(null)]
    public void Find_UnknownOrMalformed_IsNull(string? code)
    {
        Assert.Null(Directory.Find(code));
    }

    [Fact]
    public void IsKnown_DistinguishesWellFormedFromDefined()
    {
        Assert.True(Directory.IsKnown(IndustryCode.Parse("3011")));
        Assert.False(Directory.IsKnown(IndustryCode.Parse("3010")));
        Assert.False(Directory.IsKnown(default));
    }

    [Fact]
    public void ChildrenOf_FollowsTheHierarchy()
    {
        Assert.Equal(["13", "14", "15"], Directory.ChildrenOf(IndustryCode.Parse("C")).Take(3).Select(i => i.Code.Value));
        Assert.Equal(["301", "302", "303", "304", "305", "306", "307", "308", "309"],
            Directory.ChildrenOf(IndustryCode.Parse("30")).Select(i => i.Code.Value));
        Assert.Equal(["3011", "3012"], Directory.ChildrenOf(IndustryCode.Parse("301")).Select(i => i.Code.Value));
        Assert.Empty(Directory.ChildrenOf(IndustryCode.Parse("3011")));
    }

    [Fact]
    public void EveryDivision_HasAKnownSection_AndEveryGroupAndClass_AKnownParent()
    {
        var all = All;

        Assert.All(all.Where(i => i.Level == IndustryLevel.Division),
            d => Assert.True(Directory.IsKnown(IndustryCode.Parse(d.Code.Section.ToString()))));
        Assert.All(all.Where(i => i.Level == IndustryLevel.Group),
            g => Assert.True(Directory.IsKnown(IndustryCode.Parse(g.Code.Digits[..2])), g.Code.Value));
        Assert.All(all.Where(i => i.Level == IndustryLevel.Class),
            c => Assert.True(Directory.IsKnown(IndustryCode.Parse(c.Code.Digits[..3])), c.Code.Value));
    }

    [Fact]
    public void Entries_HaveTrimmedNamesAndUniqueCodes()
    {
        var all = All;

        Assert.Equal(all.Count, all.Select(i => i.Code.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, i => Assert.False(string.IsNullOrWhiteSpace(i.Name)));
        Assert.All(all, i => Assert.Equal(i.Name.Trim(), i.Name));
        Assert.All(all, i => Assert.DoesNotContain("(", i.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Source_NamesTheStandardAndTheRepository()
    {
        Assert.Contains("zmshe/capital", Directory.Source, StringComparison.Ordinal);
        Assert.Equal("GB/T 4754-2017", Directory.Version);
    }

    private static IEnumerable<IndustryInfo> Groups(IndustryInfo section) =>
        Directory.ChildrenOf(section.Code)
            .SelectMany(d => Directory.ChildrenOf(d.Code))
            .SelectMany(g => Directory.ChildrenOf(g.Code).Prepend(g));
}
