using System.Text;
using System.Text.Json.Nodes;
using Yiwang.Rules.Facts;
using Yiwang.Rules.Loading;

namespace Yiwang.Rules.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void The_schema_declares_types_units_labels_groups_sources_and_ranges()
    {
        var schema = Toy.Schema;
        Assert.Equal(10, schema.BaseFacts.Count);
        Assert.Equal(4, schema.Derived.Count);
        var revenue = schema.Get("revenue");
        Assert.Equal(FactType.Decimal, revenue.Type);
        Assert.Equal("万元", revenue.Unit!.Zh.Name);
        Assert.Equal("10,000 yuan", revenue.Unit.En.Name);
        Assert.Equal("营业收入", revenue.Label.Zh);
        Assert.Equal("Revenue", revenue.Label.En);
        Assert.Equal("经营情况", revenue.Group!.NameZh);
        Assert.Equal("self", revenue.Source!.Id);
        Assert.Equal(0, revenue.Min);
        Assert.Null(revenue.Max);
        Assert.Equal("不能为负数", revenue.RangeMessage.Zh);
        Assert.Equal("应在 0–200 之间", schema.Get("age").RangeMessage.Zh);
        Assert.Equal("ranks start at 1", schema.Get("awardRank").RangeMessage.En);
        Assert.True(schema.Get("awardRank").EmptyMeansNone);
        var sector = schema.Get("sector");
        Assert.Equal(["Farming", "Making", "Services"], sector.Members.Select(m => m.Id));
        Assert.Equal("制造业", sector.Member("making")!.LabelZh); // member ids are case-insensitive
        Assert.Same(schema.Get("staff"), schema.FindBase("STAFF"));
        Assert.Null(schema.FindBase("exportShare")); // derived facts are not columns
    }

    [Fact]
    public void A_derived_fact_knows_its_formula_and_the_base_facts_it_reads()
    {
        var share = Toy.Schema.Get("exportShare");
        Assert.True(share.IsDerived);
        Assert.Equal("percent(exports, revenue)", share.FormulaText);
        Assert.Equal(["revenue", "exports"], share.Inputs.Select(i => Toy.Schema.All[i].Id));
    }

    [Theory]
    [InlineData("facts", 0, "unit", "furlongs", "facts[age].unit: 'furlongs' is not a unit")]
    [InlineData("facts", 0, "group", "nowhere", "facts[age].group: 'nowhere' is not a group")]
    [InlineData("facts", 0, "source", "rumour", "facts[age].source: 'rumour' is not a source")]
    [InlineData("facts", 0, "min", "300", "facts[age]: min 300 is above max 200")]
    [InlineData("facts", 0, "id", "Age", "facts[Age]: the id must be camelCase")]
    [InlineData("facts", 1, "id", "age", "facts[age]: the id is used twice")]
    [InlineData("facts", 0, "labelEn", "", "facts[age]: every label, help text and message needs both zh and en")]
    [InlineData("derived", 0, "formula", "percent(exports)", "derived[exportShare].formula: percent takes 2–2 arguments, not 1")]
    [InlineData("derived", 0, "formula", "exports / turnover", "derived[exportShare].formula: 'turnover' is not a fact")]
    [InlineData("derived", 0, "formula", "median(exports, revenue)", "derived[exportShare].formula: 'median' is not a function")]
    [InlineData("derived", 0, "formula", "qualityItems + 1", "derived[exportShare].formula: 'qualityItems' is not a fact")] // declared below: no cycles
    [InlineData("constraints", 0, "field", "exportShare", "constraints[exportShare].field: 'exportShare' is not a base fact")]
    public void A_malformed_schema_names_the_fact_and_the_field(string list, int index, string field, string value, string expected)
    {
        var json = JsonNode.Parse(Toy.Text("toy-facts.json"))!;
        json[list]![index]![field] = field == "min" ? JsonValue.Create(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(value);
        var ex = Assert.Throws<RulesFormatException>(() => Load(json.ToJsonString()));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad-facts.json: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enumeration_needs_members_and_a_structural_error_names_the_item_by_id()
    {
        var json = JsonNode.Parse(Toy.Text("toy-facts.json"))!;
        json["facts"]![2]!.AsObject().Remove("members");
        Assert.Contains("facts[sector].members: required for an enumeration", Assert.Throws<RulesFormatException>(() => Load(json.ToJsonString())).Message, StringComparison.Ordinal);

        json = JsonNode.Parse(Toy.Text("toy-facts.json"))!;
        json["facts"]![4]!["colour"] = "blue";
        var ex = Assert.Throws<RulesFormatException>(() => Load(json.ToJsonString()));
        Assert.Contains("facts[revenue]", ex.Message, StringComparison.Ordinal); // the serializer's $.facts[4] named by id
        Assert.Contains("colour", ex.Message, StringComparison.Ordinal);
    }

    private static FactSchema Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return FactSchemaLoader.Load(stream, "bad-facts.json");
    }
}
