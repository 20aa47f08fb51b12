using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Carbon.Features.Footprints;

namespace Yiwang.Carbon.Tests.Features.Footprints;

/// <summary>The footprint DQR: PACT's 1–3 scale, weights by absolute contribution, coverage, and the scale's edges.</summary>
public sealed class DataQualityTests
{
    // Three inputs: 60 + 30 + 10 kg CO2e (one of them a credit, so absolute values weigh).
    private static readonly FootprintResult Result = new(
        "t", "1", "f", "AR6", new Text("单位", "unit"), "cradle-to-gate", 80, 80, 0, 80, 0, [], [],
        [
            new ProcessShare("电", "Electricity", "production", 60, 0.75, true, "factor", "grid"),
            new ProcessShare("铝土", "Bauxite", "raw-material", 30, 0.375, false, "factor", "bauxite"),
            new ProcessShare("回收", "Recycling credit", "end-of-life", -10, -0.125, false, "factor", "scrap"),
        ],
        [], new Dictionary<string, double>(), []);

    private static DqrRating All(double v) => new(v, v, v, v, v);

    [Fact]
    public void Nothing_rated_is_not_assessed_with_zero_coverage()
    {
        var report = DataQuality.Assess(Result, null);

        Assert.False(report.Assessed);
        Assert.Null(report.OverallDqr);
        Assert.Equal(0, report.CoveragePercent);
        Assert.All(report.Rows, r => Assert.Null(r.Rating));
    }

    [Fact]
    public void Ratings_weigh_by_absolute_contribution_and_coverage_counts_only_rated_inputs()
    {
        var report = DataQuality.Assess(Result, new Dictionary<string, DqrRating>
        {
            ["Electricity"] = new(1, 1, 1, 1, 2), ["Recycling credit"] = All(3),
        });

        // weights 60 and |−10| of 100 in all: coverage 70 %; technological (60·1 + 10·3) / 70 = 1.2857…
        Assert.Equal(70, report.CoveragePercent);
        Assert.Equal(1.29, report.Overall!.Technological);
        Assert.Equal(2.14, report.Overall.Reliability); // (60·2 + 10·3) / 70 = 2.1428…
        Assert.Equal(1.46, report.OverallDqr); // (4 · 1.29 + 2.14) / 5
        Assert.Null(report.Rows.Single(r => r.En == "Bauxite").Rating);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(3.0)]
    [InlineData(2.5)]
    public void The_ends_of_the_scale_are_valid_and_give_themselves_back(double value)
    {
        var ratings = new Dictionary<string, DqrRating> { ["Electricity"] = All(value), ["Bauxite"] = All(value), ["Recycling credit"] = All(value) };

        DataQuality.Validate(ratings, Result);
        var report = DataQuality.Assess(Result, ratings);

        Assert.Equal(100, report.CoveragePercent);
        Assert.Equal(value, report.OverallDqr);
    }

    [Theory]
    [InlineData(0.99, "technological")]
    [InlineData(3.01, "technological")]
    [InlineData(0, "technological")]
    [InlineData(double.NaN, "technological")]
    public void Values_outside_one_to_three_are_refused_naming_the_indicator(double value, string indicator)
    {
        var ex = Assert.Throws<ProductModelException>(() =>
            DataQuality.Validate(new Dictionary<string, DqrRating> { ["Electricity"] = new(value, 2, 2, 2, 2) }, Result));

        Assert.Equal($"dataQuality.Electricity.{indicator}", ex.Field);
    }

    [Fact]
    public void A_missing_indicator_and_an_unknown_input_are_refused()
    {
        var missing = Assert.Throws<ProductModelException>(() =>
            DataQuality.Validate(new Dictionary<string, DqrRating> { ["Bauxite"] = new(1, 1, 1, 1, null) }, Result));
        Assert.Equal("dataQuality.Bauxite.reliability", missing.Field);

        var unknown = Assert.Throws<ProductModelException>(() =>
            DataQuality.Validate(new Dictionary<string, DqrRating> { ["Coal"] = All(2) }, Result));
        Assert.Equal("dataQuality.Coal", unknown.Field);
    }
}
