using System.Text.Json;
using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Tests.Codes;

/// <summary>The hard-coded 门类 ranges in <see cref="IndustrySections"/> must say what the shipped standard says.</summary>
public sealed class IndustrySectionsTests
{
    [Fact]
    public void EveryDivision_LiesInTheRangeOfTheSectionItIsListedUnder()
    {
        var listedUnder = new Dictionary<int, char>();
        var current = '\0';
        foreach (var code in RawCodesInFileOrder())
        {
            if (char.IsAsciiLetter(code[0])) current = code[0];
            else if (code.Length == 2) listedUnder[int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)] = current;
        }

        Assert.Equal(97, listedUnder.Count);
        Assert.All(listedUnder, pair => Assert.Equal(pair.Value, IndustrySections.SectionOfDivision(pair.Key)));
    }

    [Fact]
    public void EveryRange_IsExactlyTheDivisionsOfItsSection()
    {
        var divisions = IndustryDirectory.Default.Sections
            .ToDictionary(s => s.Code.Section, s => IndustryDirectory.Default.ChildrenOf(s.Code).Select(d => int.Parse(d.Code.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList());

        Assert.Equal(20, IndustrySections.All.Count);
        Assert.All(IndustrySections.All, range =>
        {
            var expected = Enumerable.Range(range.First, range.Last - range.First + 1).ToList();
            Assert.Equal(expected, divisions[range.Section]);
        });
    }

    [Fact]
    public void Ranges_DoNotOverlapAndCoverOneToNinetySeven()
    {
        var covered = IndustrySections.All.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).ToList();

        Assert.Equal(Enumerable.Range(1, 97), covered);
    }

    private static List<string> RawCodesInFileOrder()
    {
        using var stream = EmbeddedData.Open(IndustryDirectory.FileName);
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("industries").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
    }
}
