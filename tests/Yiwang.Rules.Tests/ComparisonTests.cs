using System.Text.Json.Nodes;
using Yiwang.Rules.Evaluation;

namespace Yiwang.Rules.Tests;

/// <summary>Every operator at, just below and just above its threshold, through a one-condition rule set.</summary>
public sealed class ComparisonTests
{
    [Theory]
    [InlineData(">=", 9.99, Outcome.NotMet)]
    [InlineData(">=", 10, Outcome.Met)]
    [InlineData(">=", 10.01, Outcome.Met)]
    [InlineData(">", 10, Outcome.NotMet)]
    [InlineData(">", 10.01, Outcome.Met)]
    [InlineData("<=", 10, Outcome.Met)]
    [InlineData("<=", 10.01, Outcome.NotMet)]
    [InlineData("<", 9.99, Outcome.Met)]
    [InlineData("<", 10, Outcome.NotMet)]
    [InlineData("==", 10, Outcome.Met)]
    [InlineData("==", 10.01, Outcome.NotMet)]
    [InlineData("!=", 10, Outcome.NotMet)]
    [InlineData("!=", 9.99, Outcome.Met)]
    public void Numeric_operators_at_and_around_the_threshold(string op, decimal age, Outcome expected) =>
        Assert.Equal(expected, Run(Test("age", op, 10), ("age", age)));

    [Theory]
    [InlineData("isTrue", true, Outcome.Met)]
    [InlineData("isTrue", false, Outcome.NotMet)]
    [InlineData("isFalse", false, Outcome.Met)]
    [InlineData("isFalse", true, Outcome.NotMet)]
    public void Boolean_operators(string op, bool certified, Outcome expected) =>
        Assert.Equal(expected, Run(Test("certified", op, null), ("certified", certified)));

    [Theory]
    [InlineData(">=", "Making", "Farming", Outcome.NotMet)]
    [InlineData(">=", "Making", "Making", Outcome.Met)]
    [InlineData(">=", "Making", "Services", Outcome.Met)]
    [InlineData("<", "Making", "Farming", Outcome.Met)]
    [InlineData("==", "Making", "Making", Outcome.Met)]
    [InlineData("!=", "Making", "Making", Outcome.NotMet)]
    public void Enumeration_members_compare_by_their_declared_value(string op, string threshold, string sector, Outcome expected) =>
        Assert.Equal(expected, Run(Test("sector", op, threshold), ("sector", sector)));

    [Theory]
    [InlineData("Farming", Outcome.Met)]
    [InlineData("Services", Outcome.Met)]
    [InlineData("Making", Outcome.NotMet)]
    public void In_tests_membership(string sector, Outcome expected) =>
        Assert.Equal(expected, Run(Test("sector", "in", new JsonArray("Farming", "Services")), ("sector", sector)));

    [Theory]
    [InlineData("2009-12-31", Outcome.Met)]
    [InlineData("2010-01-01", Outcome.Met)]
    [InlineData("2010-01-02", Outcome.NotMet)]
    public void Dates_compare_by_day(string founded, Outcome expected) =>
        Assert.Equal(expected, Run(Test("founded", "<=", "2010-01-01"), ("founded", founded)));

    [Fact]
    public void A_missing_fact_is_missing_data_and_an_empty_none_fact_is_not_met()
    {
        Assert.Equal(Outcome.MissingData, Run(Test("age", ">=", 10)));
        Assert.Equal(Outcome.NotMet, Run(Test("awardRank", "<=", 3)));
        Assert.Equal(Outcome.NotMet, Run(Test("exportShare", ">=", 10), ("revenue", 0), ("exports", 0))); // undefined: nothing is missing
    }

    [Fact]
    public void A_partial_value_is_a_lower_bound_it_can_meet_a_minimum_but_never_fail_one()
    {
        Assert.Equal(Outcome.Met, Run(Test("qualityItems", ">=", 1), ("certified", true)));
        Assert.Equal(Outcome.MissingData, Run(Test("qualityItems", ">=", 2), ("certified", true)));
        Assert.Equal(Outcome.MissingData, Run(Test("qualityItems", "<=", 1), ("certified", true)));
        Assert.Equal(Outcome.NotMet, Run(Test("qualityItems", ">=", 2), ("certified", true), ("branded", false)));
    }

    [Fact]
    public void The_comparison_explains_value_threshold_and_article()
    {
        var result = Rules(Test("revenue", ">=", 1000)).Find("t")!.Explain(Toy.Facts(("revenue", 800)));
        var condition = Assert.Single(result.BasicConditions);
        var test = Assert.Single(condition.Tests);
        Assert.Equal((800m, 1000m, ">="), (test.Value!.Value, test.Threshold!.Value, test.Op));
        Assert.Equal("营业收入 800万元，要求 ≥ 1000万元：不满足", test.Text.Zh);
        Assert.Equal("Revenue 8,000,000 yuan, required ≥ 10,000,000 yuan: not met", test.Text.En);
        Assert.Equal("玩具办法 第C条", condition.Citation.Zh);
        Assert.EndsWith("依据：玩具办法 第C条", condition.Explanation.Zh, StringComparison.Ordinal);
    }

    private static JsonObject Test(string fact, string op, JsonNode? value)
    {
        var test = new JsonObject { ["fact"] = fact, ["op"] = op };
        if (value is not null) test["value"] = value;
        return test;
    }

    private static Outcome Run(JsonObject test, params (string, object)[] facts)
    {
        var run = new TargetRun();
        Rules(test).Find("t")!.Evaluate(Toy.Facts(facts), run);
        return run.Outcome;
    }

    // A rule set whose one target has one basic condition with the one test.
    internal static CompiledRuleSet Rules(JsonObject test)
    {
        var json = JsonNode.Parse(Toy.Text("toy-2024.json"))!;
        var condition = new JsonObject
        {
            ["id"] = "C", ["nameZh"] = "条件", ["nameEn"] = "Condition", ["citationZh"] = "玩具办法 第C条", ["citationEn"] = "Toy rules, art. C",
            ["confidence"] = "official", ["combine"] = "all", ["tests"] = new JsonArray(test),
        };
        json["targets"] = new JsonArray(new JsonObject
        {
            ["id"] = "t", ["nameZh"] = "测试", ["nameEn"] = "Test", ["citationZh"] = "玩具办法", ["citationEn"] = "Toy rules", ["confidence"] = "official",
            ["basicConditions"] = new JsonArray(condition), ["scoring"] = null, ["directConditions"] = new JsonArray(),
        });
        return Toy.LoadText(json.ToJsonString());
    }
}
