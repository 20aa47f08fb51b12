using Yiwang.Indicators.Data;
using Yiwang.Indicators.Features.ListObservations;

namespace Yiwang.Indicators.Tests.Features;

/// <summary>Issue 14: the public indicator CSV wrote a note such as "=HYPERLINK(…)" raw, so Excel ran it as a formula.</summary>
public sealed class ObservationsCsvTests
{
    [Fact]
    public void Formula_like_text_is_written_as_text_and_negative_values_stay_numbers()
    {
        var catalogue = CatalogueLoader.Default;
        var observation = catalogue.Observations[0] with { Value = -3.5m, Note = "=HYPERLINK(\"http://evil.example\",\"详情\")" };
        var indicator = catalogue.Indicators.Single(i => i.Code == observation.Indicator);

        var lines = ObservationsCsv.Write(catalogue, indicator, [observation, observation with { Note = "@SUM(A1:A9)" }, observation with { Note = "+1" }])
            .TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(string.Join(',', ObservationsCsv.Header), lines[0]);
        Assert.StartsWith("指标名称,指标代码,地区名称,地区代码,期别,数值", lines[0], StringComparison.Ordinal); // Chinese by default
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"详情\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",-3.5,", lines[1], StringComparison.Ordinal); // a number we write is never prefixed
        Assert.EndsWith(",'@SUM(A1:A9)", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",+1", lines[3], StringComparison.Ordinal); // a plain number in a text cell cannot run anything
    }
}
