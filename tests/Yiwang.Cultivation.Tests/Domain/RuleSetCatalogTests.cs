using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Rules.Loading;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class RuleSetCatalogTests
{
    [Fact]
    public void Both_rule_sets_load_with_their_documents_and_dates()
    {
        var old = CultivationRuleSetCatalog.Find(Eval.Rules2022)!;
        var current = CultivationRuleSetCatalog.Find(Eval.Rules2026)!;
        Assert.Equal("工信部企业〔2022〕63号", old.DocumentZh);
        Assert.Equal(new DateOnly(2022, 8, 1), old.EffectiveFrom);
        Assert.Equal(new DateOnly(2026, 3, 31), old.EffectiveTo);
        Assert.Equal("工信部企业〔2026〕2号", current.DocumentZh);
        Assert.Equal(new DateOnly(2026, 4, 1), current.EffectiveFrom);
        Assert.Null(current.EffectiveTo);
        Assert.Equal(13, old.FindTier("specialized")!.Scoring!.Indicators.Count);
        Assert.Equal(100, old.FindTier("specialized")!.Scoring!.Indicators.Sum(i => i.MaxPoints));
        Assert.Equal(100, old.FindTier("innovative")!.Scoring!.Indicators.Sum(i => i.MaxPoints));
    }

    [Theory]
    [InlineData("2022-07-31", null)]
    [InlineData("2022-08-01", Eval.Rules2022)]
    [InlineData("2026-03-31", Eval.Rules2022)]
    [InlineData("2026-04-01", Eval.Rules2026)]
    [InlineData("2030-01-01", Eval.Rules2026)]
    public void Evaluation_date_picks_the_rule_set_in_force(string date, string? expected)
    {
        var (set, chosenBy) = RuleSetChoice.Choose(null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, set?.Id);
        Assert.Equal(RuleSetChoice.ByDate, chosenBy);
    }

    [Fact]
    public void An_explicit_rule_set_wins_over_the_date()
    {
        var (set, chosenBy) = RuleSetChoice.Choose(Eval.Rules2022, new DateOnly(2026, 6, 1));
        Assert.Equal(Eval.Rules2022, set!.Id);
        Assert.Equal(RuleSetChoice.Explicit, chosenBy);
    }

    [Fact]
    public void Unconfirmed_facts_are_flagged_in_the_data()
    {
        var old = CultivationRuleSetCatalog.Find(Eval.Rules2022)!;
        Assert.Equal("unconfirmed", old.BandBoundary.Confidence);
        Assert.Equal("unconfirmed", CultivationRuleSetCatalog.Find(Eval.Rules2026)!.FindTier("innovative")!.Confidence);
        Assert.All(CultivationRuleSetCatalog.All, s => Assert.NotEmpty(s.Sources));
    }

    [Fact]
    public void A_malformed_rule_set_names_the_field()
    {
        var json = """{"formatVersion":2,"id":"x","schema":"cultivation-facts","nameZh":"x","nameEn":"x","documentZh":"x","documentEn":"x","effectiveFrom":"2022-01-01","effectiveTo":null,"bandBoundary":{"mode":"sideways","confidence":"official","noteZh":"x","noteEn":"x"},"sources":[],"targets":[]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<RulesFormatException>(() => CultivationRuleSetLoader.Load(stream, "bad.json"));
        Assert.Contains("bandBoundary.mode", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sources", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, "2025-04-30")] // only the 2022 rules are in force: the 2022-era 4月30日
    [InlineData(2026, "2026-05-31")] // the 2026 rules took effect on 04-01, before their own 5月31日
    [InlineData(2027, "2027-05-31")]
    public void The_annual_update_deadline_comes_from_the_rule_set_in_force_on_it(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CultivationRuleSetCatalog.AnnualUpdateDeadline(year));
        Assert.All(CultivationRuleSetCatalog.All, s => Assert.Equal("unconfirmed", s.AnnualUpdate!.Confidence));
    }

    [Theory]
    [InlineData(2, 29)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    public void An_annual_update_day_that_does_not_occur_every_year_is_refused(int month, int day)
    {
        var json = $$$"""{"formatVersion":2,"id":"x","schema":"cultivation-facts","nameZh":"x","nameEn":"x","documentZh":"x","documentEn":"x","effectiveFrom":"2022-01-01","effectiveTo":null,"extensions":{"annualUpdate":{"month":{{{month}}},"day":{{{day}}},"confidence":"official","noteZh":"x","noteEn":"x"}},"bandBoundary":{"mode":"inclusive","confidence":"official","noteZh":"x","noteEn":"x"},"sources":[{"url":null,"confidence":"official","note":"x"}],"targets":[{{{Tier}}}]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<RulesFormatException>(() => CultivationRuleSetLoader.Load(stream, "bad.json"));
        Assert.Contains("annualUpdate", ex.Message, StringComparison.Ordinal);
    }

    // The smallest valid tier, so that the annual update is the only problem of the file.
    private const string Tier = """{"id":"t","nameZh":"x","nameEn":"x","citationZh":"x","citationEn":"x","confidence":"official","basicConditions":[{"id":"C","nameZh":"x","nameEn":"x","citationZh":"x","citationEn":"x","confidence":"official","combine":"all","tests":[{"fact":"hasOwnBrand","op":"isTrue"}]}],"scoring":null,"directConditions":[]}""";
}
