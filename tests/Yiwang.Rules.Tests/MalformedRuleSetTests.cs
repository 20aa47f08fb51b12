using System.Text.Json.Nodes;
using Yiwang.Rules.Loading;

namespace Yiwang.Rules.Tests;

/// <summary>A broken rule-set file is refused with a message naming the file, the item by its id and the field.</summary>
public sealed class MalformedRuleSetTests
{
    [Theory]
    [InlineData("B1", "fact", "ages", "targets[grant].basicConditions[B1].tests[0]: 'ages' is not a fact of schema toy-facts")]
    [InlineData("B1", "op", "isTrue", "targets[grant].basicConditions[B1].tests[0]: isTrue needs a boolean fact; 'age' is decimal")]
    [InlineData("B1", "op", "≥", "targets[grant].basicConditions[B1].tests[0]: op '≥' is not one of")]
    [InlineData("B1", "value", "two", "targets[grant].basicConditions[B1].tests[0]: 'two' is not a number")]
    [InlineData("D1", "value", "2010-13-01", "targets[grant].directConditions[D1].tests[1]: '2010-13-01' is not a yyyy-MM-dd date")]
    public void A_bad_test_is_named(string condition, string field, string value, string expected)
    {
        var json = Json();
        var target = json["targets"]![0]!;
        var c = target["basicConditions"]!.AsArray().Concat(target["directConditions"]!.AsArray()).Single(x => (string)x!["id"]! == condition)!;
        c["tests"]![condition == "D1" ? 1 : 0]![field] = value;
        Assert.Contains(expected, Refused(json), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enumeration_member_is_named()
    {
        var json = Json();
        json["targets"]![0]!["basicConditions"]![2]!["groups"]![0]!["tests"]![0]!["value"] = "Mining";
        Assert.Contains("targets[grant].basicConditions[B3].groups[0].tests[0]: 'Mining' is not a member of sector", Refused(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_out_of_order_and_categories_that_do_not_add_up_are_named()
    {
        var json = Json();
        var g1 = json["targets"]![0]!["scoring"]!["indicators"]![0]!;
        g1["measures"]![0]!["bands"]![0]!["bound"] = 1;
        g1["maxPoints"] = 25;
        var message = Refused(json);
        Assert.Contains("targets[grant].scoring.indicators[G1].measures[0].bands: bounds must run best first, strictly", message, StringComparison.Ordinal);
        Assert.Contains("targets[grant].scoring.categories[growth]: indicators add up to 45, not 50", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_named_with_the_ids_on_its_path()
    {
        var json = Json();
        json["targets"]![0]!["scoring"]!["indicators"]![3]!["weight"] = 2;
        var message = Refused(json);
        Assert.Contains("targets[grant].scoring.indicators[Q2]", message, StringComparison.Ordinal);
        Assert.Contains("weight", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var json = Json();
        json["targets"]![0]!["basicConditions"]![0]!.AsObject().Remove("citationZh");
        var message = Refused(json);
        Assert.Contains("targets[grant].basicConditions[B1]", message, StringComparison.Ordinal);
        Assert.Contains("citationZh", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("formatVersion", "1", "formatVersion: expected 2, got 1")]
    [InlineData("schema", "\"cultivation-facts\"", "schema: 'cultivation-facts' is not the facts schema 'toy-facts'")]
    [InlineData("effectiveTo", "\"2023-01-01\"", "effectiveTo: must be after effectiveFrom")]
    [InlineData("sources", "[]", "sources: cite at least one source")]
    public void A_bad_header_is_named(string field, string value, string expected)
    {
        var json = Json();
        json[field] = JsonNode.Parse(value);
        var message = Refused(json);
        Assert.StartsWith("bad.json: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confidence_outside_the_four_labels_is_refused()
    {
        var json = Json();
        json["targets"]![1]!["confidence"] = "probably";
        Assert.Contains("targets[export].confidence: 'probably' is not one of official, secondary, unconfirmed, disputed", Refused(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_keeps_the_line_number()
    {
        var message = Assert.Throws<RulesFormatException>(() => Toy.LoadText("{ \"formatVersion\": 2,\n  \"id\": ", "bad.json")).Message;
        Assert.StartsWith("bad.json: ", message, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 1", message, StringComparison.Ordinal);
    }

    private static JsonNode Json() => JsonNode.Parse(Toy.Text("toy-2024.json"))!;

    private static string Refused(JsonNode json) => Assert.Throws<RulesFormatException>(() => Toy.LoadText(json.ToJsonString(), "bad.json")).Message;
}
