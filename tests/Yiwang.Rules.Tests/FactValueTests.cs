using System.Text.Json;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Tests;

public sealed class FactValueTests
{
    [Theory]
    [InlineData("revenue", "1234.5", 1234.5)]
    [InlineData("revenue", "1,234.5", 1234.5)]
    [InlineData("staff", "42", 42)]
    [InlineData("certified", "是", 1)]
    [InlineData("certified", "No", 0)]
    [InlineData("sector", "services", 2)]
    [InlineData("founded", "2010-01-01", 733772)]
    public void Text_is_read_by_the_fact_type(string id, string text, decimal expected)
    {
        Assert.True(FactText.TryParse(Toy.Schema.Get(id), text, out var value, out var error));
        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("revenue", "lots", "'lots' 不是数字 / 'lots' is not a number")]
    [InlineData("staff", "3.5", "'3.5' 不是整数 / '3.5' is not a whole number")]
    [InlineData("certified", "maybe", "'maybe' 不是是/否（true/false） / 'maybe' is not true/false (是/否)")]
    [InlineData("sector", "1", "'1' 不是Farming/Making/Services / '1' is not Farming/Making/Services")]
    [InlineData("sector", "Mining", "'Mining' 不是Farming/Making/Services / 'Mining' is not Farming/Making/Services")]
    [InlineData("founded", "01/02/2010", "'01/02/2010' 不是日期（yyyy-MM-dd） / '01/02/2010' is not a date (yyyy-MM-dd)")]
    public void Bad_text_says_what_was_expected_in_both_languages(string id, string text, string expected)
    {
        Assert.False(FactText.TryParse(Toy.Schema.Get(id), text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void The_bag_keeps_values_by_id_and_says_what_is_missing()
    {
        var facts = Toy.Facts(("revenue", 2000), ("exports", 500), ("sector", "Making"), ("certified", true), ("founded", "2011-03-04"));
        Assert.True(facts.IsReported("revenue"));
        Assert.False(facts.IsReported("staff"));
        Assert.Equal(FactState.Missing, facts.State("staff"));
        Assert.Equal(FactState.None, facts.State("awardRank")); // empty is an answer for a rank
        Assert.Equal(25m, facts.Number("exportShare"));
        Assert.Equal("Making", facts.Member("sector")!.Id);
        Assert.True(facts.Boolean("certified"));
        Assert.Equal(new DateOnly(2011, 3, 4), facts.Date("founded"));
        Assert.Equal(FactState.Missing, facts.State("revenuePerHead"));
        facts.Set("staff", 40m);
        Assert.Equal(50m, facts.Number("revenuePerHead")); // derived facts follow a change of their inputs
        facts.Clear("revenue");
        Assert.Null(facts.Number("exportShare"));
        Assert.Throws<ArgumentException>(() => facts.Set("exportShare", 1m));
    }

    [Fact]
    public void A_zero_denominator_is_undefined_not_missing()
    {
        var facts = Toy.Facts(("revenue", 0), ("exports", 0));
        Assert.Equal(FactState.Undefined, facts.State("exportShare"));
    }

    [Fact]
    public void Json_reads_and_writes_the_bag_naming_each_bad_field()
    {
        using var doc = JsonDocument.Parse("""{ "revenue": 1200.5, "staff": 12, "sector": "Making", "certified": true, "founded": "2015-06-30", "exports": null, "patents": 2.5, "turnover": 1, "branded": "yes" }""");
        var (facts, errors) = FactJson.Read(Toy.Schema, doc.RootElement);
        Assert.Equal(["patents", "turnover", "branded"], errors.Keys);
        Assert.Equal("应为整数", errors["patents"].Zh);
        Assert.Equal("is not a known fact", errors["turnover"].En);
        Assert.False(facts.IsReported("exports"));
        var written = FactJson.Write(facts).ToJsonString();
        Assert.Equal("""{"staff":12,"sector":"Making","founded":"2015-06-30","revenue":1200.5,"certified":true}""", written);
    }

    [Theory]
    [InlineData("age", "-1", "age", "应在 0–200 之间")]
    [InlineData("age", "201", "age", "应在 0–200 之间")]
    [InlineData("awardRank", "0", "awardRank", "排名从 1 开始")]
    [InlineData("revenue", "-5", "revenue", "不能为负数")]
    public void Values_outside_the_range_are_refused(string id, string text, string field, string message)
    {
        var facts = new FactValues(Toy.Schema);
        Assert.Null(FactText.Apply(facts, Toy.Schema.Get(id), text));
        var errors = FactValidator.Validate(facts);
        Assert.False(FactValidator.IsValid(facts));
        Assert.True(errors.ContainsKey(field), string.Join(",", errors.Keys));
        Assert.Equal(message, errors[field].Zh);
    }

    [Fact]
    public void A_constraint_is_checked_only_when_every_fact_it_names_is_reported()
    {
        Assert.True(FactValidator.IsValid(Toy.Facts(("exports", 5000))));
        var facts = Toy.Facts(("exports", 5000), ("revenue", 4000));
        Assert.False(FactValidator.IsValid(facts));
        Assert.Equal("出口额不能高于营业收入", FactValidator.Validate(facts)["exports"].Zh);
        Assert.Empty(FactValidator.Validate(Toy.Facts(("exports", 4000), ("revenue", 4000))));
    }

    [Fact]
    public void A_fractional_value_of_an_integer_fact_is_refused()
    {
        using var doc = JsonDocument.Parse("""{ "staff": 12.0 }""");
        var (facts, errors) = FactJson.Read(Toy.Schema, doc.RootElement);
        Assert.Empty(errors);
        Assert.True(FactValidator.IsValid(facts)); // 12.0 is the whole number 12
    }
}
