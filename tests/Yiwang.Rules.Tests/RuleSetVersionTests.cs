using Yiwang.Rules.Evaluation;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Tests;

public sealed class RuleSetVersionTests
{
    private static readonly RuleSetCatalog Catalog = new([Toy.Rules2025, Toy.Rules2024]);

    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2024-01-01", "toy-2024")]
    [InlineData("2024-12-31", "toy-2024")]
    [InlineData("2025-01-01", "toy-2025")]
    [InlineData("2040-06-30", "toy-2025")]
    public void The_evaluation_date_picks_the_version_in_force(string date, string? expected)
    {
        var (set, chosenBy) = Catalog.Choose(null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, set?.Id);
        Assert.Equal(RuleSetCatalog.ChosenByDate, chosenBy);
    }

    [Fact]
    public void An_explicit_version_wins_over_the_date_and_the_versions_differ_as_written()
    {
        var (set, chosenBy) = Catalog.Choose(" toy-2024 ", new DateOnly(2025, 6, 1));
        Assert.Equal(("toy-2024", RuleSetCatalog.ChosenExplicitly), (set!.Id, chosenBy));
        Assert.Null(Catalog.Choose("toy-1999", new DateOnly(2025, 6, 1)).Set);
        Assert.Equal(["toy-2024", "toy-2025"], Catalog.All.Select(s => s.Id)); // oldest first

        // The 2025 rules ask for three years instead of two and pass at 50 instead of 60.
        var twoYears = Toy.Strong();
        twoYears.Set("age", 2m);
        Assert.Equal((Outcome.Met, Outcome.NotMet), (Toy.Explain("grant", twoYears).Outcome, Toy.Explain("grant", twoYears, Toy.Rules2025).Outcome));
        var fiftyFive = Toy.Facts(("age", 3), ("revenue", 3000), ("exports", 300), ("staff", 60), ("sector", "Making"), ("certified", true), ("branded", false),
            ("patents", 0), ("founded", "2022-01-01"));
        Assert.Equal(55, Toy.Explain("grant", fiftyFive).Score!.Total);
        Assert.Equal((Outcome.NotMet, Outcome.Met), (Toy.Explain("grant", fiftyFive).Outcome, Toy.Explain("grant", fiftyFive, Toy.Rules2025).Outcome));
    }

    [Fact]
    public void A_version_is_given_once()
    {
        Assert.Throws<ArgumentException>(() => new RuleSetCatalog([Toy.Rules2024, Toy.Rules2024]));
    }
}
