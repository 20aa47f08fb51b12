using System.Text;
using Yiwang.Cultivation.Domain.DigitalLevel;
using Yiwang.Cultivation.Domain.RuleSets;

namespace Yiwang.Cultivation.Tests.Domain.DigitalLevel;

public sealed class DigitalLevelScorerTests
{
    private static DigitalLevelIndex Index => DigitalLevelIndexLoader.Current;

    /// <summary>数字化基础 at full marks (50) plus 绿色低碳 7 and 市场效益 3 = exactly 60.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Sixty(string revenuePerEmployee = "up") => new()
    {
        ["network"] = ["office", "factory", "advanced", "internet"], ["deviceDigital"] = ["p60"], ["deviceNetworked"] = ["p60"],
        ["autoCollection"] = Index.Questions.Single(q => q.Id == "autoCollection").Options.Select(o => o.Id).ToList(),
        ["systemsCoverage"] = ["all"], ["networkSecurity"] = ["perimeter", "endpoint", "policy", "assessment"],
        ["dataSecurity"] = ["backup", "access", "encryption", "classification"], ["energyPerRevenue"] = ["down"], ["revenuePerEmployee"] = [revenuePerEmployee],
    };

    /// <summary><paramref name="rated"/> scenarios at <paramref name="level"/>, <paramref name="binding"/> of them binding.</summary>
    private static Dictionary<string, int> Scenarios(int rated, int level, int binding)
    {
        var bindingIds = Index.Scenarios.Items.Where(s => s.Binding).Take(binding).Select(s => s.Id);
        var guidance = Index.Scenarios.Items.Where(s => !s.Binding).Take(rated - binding).Select(s => s.Id);
        return bindingIds.Concat(guidance).ToDictionary(id => id, _ => level);
    }

    private static DigitalLevelResult Score(Dictionary<string, IReadOnlyList<string>> choices, Dictionary<string, int> scenarios) =>
        DigitalLevelScorer.Score(Index, new DigitalLevelAnswers(choices, scenarios));

    [Fact]
    public void The_index_adds_up_to_100_in_three_dimensions_with_16_scenarios_10_binding()
    {
        Assert.Equal(100m, Index.MaxPoints);
        Assert.Equal([50m, 30m, 20m], Index.Dimensions.Select(d => d.MaxPoints));
        Assert.Equal(16, Index.Scenarios.Items.Count);
        Assert.Equal(10, Index.Scenarios.Items.Count(s => s.Binding));
        Assert.Equal("unconfirmed", Index.Levels.Confidence);
        Assert.Equal("disputed", Index.Scenarios.BindingConfidence);
    }

    [Fact]
    public void Exactly_60_points_with_8_scenarios_5_binding_at_level_3_is_level_3()
    {
        var result = Score(Sixty(), Scenarios(8, 3, 5));
        Assert.Equal(60m, result.Total);
        Assert.Equal(3, result.Level);
        Assert.True(result.LevelChecks.Single(c => c.Level == 3).Reached);
    }

    [Theory]
    [InlineData("same", 8, 5, 2)]  // 58.5 points: below 60
    [InlineData("up", 7, 5, 2)]    // one scenario short
    [InlineData("up", 8, 4, 2)]    // one binding scenario short
    public void One_short_on_any_level_3_condition_gives_level_2(string revenuePerEmployee, int rated, int binding, int expected)
    {
        var result = Score(Sixty(revenuePerEmployee), Scenarios(rated, 3, binding));
        Assert.Equal(expected, result.Level);
        Assert.Contains("needs", result.LevelChecks.Single(c => c.Level == 3).Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_4_needs_level_3_too_so_a_ladder_gap_stops_at_the_lower_level()
    {
        var full = Index.Questions.ToDictionary(q => q.Id, q => (IReadOnlyList<string>)(q.IsMulti ? q.Options.Select(o => o.Id).ToList() : [q.Options[^1].Id]));
        Assert.Equal(4, Score(full, Scenarios(10, 4, 6)).Level);
        Assert.Equal(3, Score(full, Scenarios(10, 4, 5)).Level);
        Assert.Equal(0, Score(full, Scenarios(5, 4, 5)).Level);
    }

    [Fact]
    public void Below_20_points_is_below_level_1_and_unanswered_items_score_zero()
    {
        var result = Score(new() { ["network"] = ["office"] }, Scenarios(16, 4, 10));
        Assert.Equal(2m, result.Total);
        Assert.Equal(0, result.Level);
        Assert.Equal("Below level 1", result.LevelName.En);
        var strategy = result.Items.Single(i => i.QuestionId == "strategy");
        Assert.False(strategy.Answered);
        Assert.Equal(0m, strategy.Points);
        Assert.Contains("1.25", string.Join(' ', Index.Questions.Single(q => q.Id == "dataSecurity").Options.Select(o => o.Points)), StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_choice_sums_the_chosen_options_and_the_report_names_weakest_areas()
    {
        var result = Score(Sixty(), Scenarios(8, 3, 5));
        Assert.Equal(8m, result.Items.Single(i => i.QuestionId == "network").Points);
        Assert.Contains("2 + 2 + 2 + 2 = 8", result.Items.Single(i => i.QuestionId == "network").Explanation.Zh, StringComparison.Ordinal);
        Assert.Equal(2, result.Weakest.Count);
        Assert.All(result.Weakest, w => Assert.Contains("/", w.Zh, StringComparison.Ordinal));
        Assert.Contains(result.Weakest, w => w.Zh.StartsWith("规划管理 0", StringComparison.Ordinal) || w.Zh.StartsWith("要素保障 0", StringComparison.Ordinal) || w.Zh.StartsWith("产品质量 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_names_each_bad_field_and_complete_requires_every_single_choice_and_scenario()
    {
        var answers = new DigitalLevelAnswers(
            new Dictionary<string, IReadOnlyList<string>> { ["deviceDigital"] = ["p0", "p10"], ["network"] = ["satellite"], ["nope"] = [] },
            new Dictionary<string, int> { ["finance"] = 5, ["unknown"] = 1 });
        var partial = answers.Validate(Index, complete: false);
        Assert.Equal(["choices.deviceDigital", "choices.network", "choices.nope", "scenarios.finance", "scenarios.unknown"], partial.Keys.Order(StringComparer.Ordinal));

        var complete = DigitalLevelAnswers.Empty.Validate(Index, complete: true);
        Assert.Equal(Index.Questions.Count(q => !q.IsMulti) + 16, complete.Count);
    }

    [Fact]
    public void A_file_whose_questions_do_not_add_up_fails_at_load()
    {
        using var stream = typeof(DigitalLevelIndexLoader).Assembly.GetManifestResourceStream("Yiwang.Cultivation.Reference.digital-level-2024.json")!;
        var text = new StreamReader(stream).ReadToEnd().Replace("\"maxPoints\": 8,", "\"maxPoints\": 9,", StringComparison.Ordinal);
        var ex = Assert.Throws<RuleSetFormatException>(() => DigitalLevelIndexLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.json"));
        Assert.Contains("equipment: questions do not add up", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_full_marks_nothing_is_reported_as_weak()
    {
        var full = Index.Questions.ToDictionary(q => q.Id, q => (IReadOnlyList<string>)(q.IsMulti ? q.Options.Select(o => o.Id).ToList() : [q.Options[^1].Id]));
        var result = Score(full, Scenarios(16, 3, 10));
        Assert.Empty(result.Weakest);
        Assert.Equal(2, result.Strengths.Count);
    }
}
