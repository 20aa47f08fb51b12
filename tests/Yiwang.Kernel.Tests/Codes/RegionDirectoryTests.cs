using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

public sealed class RegionDirectoryTests
{
    private static readonly RegionDirectory Directory = RegionDirectory.Default;

    [Fact]
    public void Provinces_AreThe31MainlandOnesPlusTaiwanHongKongMacao()
    {
        var codes = Directory.Provinces.Select(p => p.Code.Value).ToList();

        Assert.Equal(34, codes.Count);
        Assert.Equal(31, codes.Count(c => string.CompareOrdinal(c, "710000") < 0));
        Assert.Contains("710000", codes);
        Assert.Contains("810000", codes);
        Assert.Contains("820000", codes);
        Assert.All(Directory.Provinces, p => Assert.Null(p.Parent));
    }

    [Fact]
    public void Count_IsTheFullCountyLevelAndAboveList()
    {
        Assert.InRange(Directory.Count, 3150, 3300);
        Assert.InRange(Directory.Provinces.Sum(p => Directory.ChildrenOf(p.Code).Count(c => c.Level == JurisdictionLevel.City)), 330, 340);
    }

    [Fact]
    public void County_HangsUnderItsCityAndProvince()
    {
        var xihu = Directory.Find("330106")!;
        var hangzhou = Directory.Find("330100")!;

        Assert.Equal("西湖区", xihu.Name);
        Assert.Equal(JurisdictionLevel.County, xihu.Level);
        Assert.Equal(hangzhou.Code, xihu.Parent);
        Assert.Equal("杭州市", hangzhou.Name);
        Assert.Equal(RegionCode.Parse("330000"), hangzhou.Parent);
        Assert.Equal("浙江省 杭州市 西湖区", Directory.FullName(xihu.Code));
    }

    [Theory]
    [InlineData("110101", "110000", "北京市 东城区")] // 直辖市: no 110100 市辖区 row
    [InlineData("500229", "500000", "重庆市 城口县")] // 直辖市 county: no 500200 县 row
    [InlineData("429004", "420000", "湖北省 仙桃市")] // 省直辖县级行政区: no 429000 row
    [InlineData("419001", "410000", "河南省 济源市")]
    [InlineData("659001", "650000", "新疆维吾尔自治区 石河子市")]
    [InlineData("469001", "460000", "海南省 五指山市")]
    public void County_WithoutAPrefectureRow_HangsUnderTheProvince(string code, string parent, string fullName)
    {
        var info = Directory.Find(code)!;

        Assert.Equal(RegionCode.Parse(parent), info.Parent);
        Assert.Equal(fullName, Directory.FullName(info.Code));
    }

    [Theory]
    [InlineData("441900", "东莞市")] // prefecture-level cities without districts
    [InlineData("442000", "中山市")]
    [InlineData("460400", "儋州市")]
    [InlineData("620200", "嘉峪关市")]
    public void PrefectureCity_WithoutCounties_HasNoChildren(string code, string name)
    {
        var info = Directory.Find(code)!;

        Assert.Equal(name, info.Name);
        Assert.Equal(JurisdictionLevel.City, info.Level);
        Assert.Empty(Directory.ChildrenOf(info.Code));
    }

    [Fact]
    public void ChildrenOf_ListsDirectChildrenInCodeOrder()
    {
        var hubei = Directory.ChildrenOf(RegionCode.Parse("420000")).Select(c => c.Code.Value).ToList();
        var hangzhou = Directory.ChildrenOf(RegionCode.Parse("330100"));

        Assert.Contains("420100", hubei);
        Assert.Contains("429004", hubei);
        Assert.DoesNotContain("420102", hubei);
        Assert.Equal(hubei.Order(StringComparer.Ordinal), hubei);
        Assert.Contains(hangzhou, c => c.Name == "西湖区");
        Assert.All(hangzhou, c => Assert.Equal(RegionCode.Parse("330100"), c.Parent));
        Assert.Equal(Directory.Provinces, Directory.ChildrenOf(RegionCode.National));
    }

    [Fact]
    public void Find_UnknownOrMalformed_IsNull()
    {
        Assert.Null(Directory.Find("330103")); // 下城区, merged in 2021
        Assert.Null(Directory.Find("999999"));
        Assert.Null(Directory.Find("abc"));
        Assert.Null(Directory.Find(null));
        Assert.False(Directory.TryGet(default, out _));
    }

    [Fact]
    public void FullName_OfARetiredCode_ShowsTheKnownAncestorsAndTheCode()
    {
        Assert.Equal("浙江省 杭州市 330103", Directory.FullName(RegionCode.Parse("330103")));
        Assert.Equal("全国", Directory.FullName(RegionCode.National));
    }

    [Fact]
    public void Entries_HaveNamesUniqueCodesAndParentsAtAHigherLevel()
    {
        var all = Directory.Provinces.Concat(Descendants(Directory.Provinces)).ToList();

        Assert.Equal(Directory.Count, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Code.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, r => Assert.False(string.IsNullOrWhiteSpace(r.Name)));
        Assert.All(all.Where(r => r.Parent is not null), r =>
        {
            var parent = r.Parent!.Value;
            Assert.True(parent.Level > r.Level);
            Assert.True(r.Code.IsWithin(parent));
        });
    }

    [Fact]
    public void Source_NamesTheDatasetAndEdition()
    {
        Assert.Contains("yescallop/areacodes", Directory.Source, StringComparison.Ordinal);
        Assert.Equal("2025", Directory.Version);
    }

    private static IEnumerable<RegionInfo> Descendants(IEnumerable<RegionInfo> parents) =>
        parents.SelectMany(p => Directory.ChildrenOf(p.Code)).SelectMany(c => Descendants([c]).Prepend(c));
}
