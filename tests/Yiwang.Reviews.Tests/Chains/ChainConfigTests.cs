using System.Text.Json.Nodes;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Tests.Infrastructure;

namespace Yiwang.Reviews.Tests.Chains;

/// <summary>A chain file is checked whole on load; each problem names the file, the item and the field.</summary>
public sealed class ChainConfigTests
{
    [Fact]
    public void The_toy_chain_loads_with_its_states_steps_periods_and_validity()
    {
        var chain = Toy.Chain;
        Assert.Equal(["county", "city", "returned", "rejected", "granted", "revoked"], chain.States.Select(s => s.Id));
        Assert.Equal(5, chain.State("county").Period!.Days);
        Assert.Equal(Kernel.Calendar.PeriodUnit.CalendarDays, chain.State("city").Period!.Unit);
        Assert.True(chain.State("city").Steps.All(s => s.Actor.DepartmentHead));
        Assert.Equal(3, chain.Validity!.Years);
        Assert.Equal("提交", chain.EventName("submitted").Zh);
        Assert.Equal("Reminded", chain.EventName("reminded").En);
    }

    [Theory]
    [InlineData("county", "county", true)]
    [InlineData("county", "city", false)]
    [InlineData("city", "cityHead", true)]
    [InlineData("city", "city", false)]
    [InlineData("granted", "province", true)]
    [InlineData("granted", "county", false)]
    public void Who_acts_is_role_times_level_times_department_head(string state, string who, bool acts)
    {
        var caller = who switch { "county" => Toy.County, "city" => Toy.City, "cityHead" => Toy.CityHead, _ => Toy.Province };
        Assert.Equal(acts, Toy.Chain.State(state).StepsFor("standard").Any(s => !s.Actor.Applicant && s.Actor.Admits(caller, Toy.Uscc, Toy.Region)));
    }

    [Fact]
    public void An_official_outside_the_applicants_region_never_acts()
    {
        var elsewhere = Toy.Official("320100", "nanjing") with { IsDepartmentHead = true };
        Assert.False(Toy.Chain.State("city").Admits(elsewhere, "standard", Toy.Uscc, Toy.Region));
        Assert.False(Toy.Chain.State("county").Admits(new CallerScope(Roles.Admin, null, null, "a"), "standard", Toy.Uscc, Toy.Region));
        Assert.Equal(["330100"], Toy.Chain.State("city").OfficialActors("standard").SelectMany(a => a.JurisdictionsOf(RegionCode.Parse(Toy.Region))).Distinct());
    }

    [Theory]
    [InlineData("format", "2", "format: expected 1")]
    [InlineData("states[0].steps[0].to", "\"nowhere\"", "states 'county' steps[0] (Recommend).to: no state 'nowhere'")]
    [InlineData("states[0].steps[1].reasonRequired", "false", "a Return must give the applicant a reason")]
    [InlineData("states[0].steps[0].actor.levels", "[\"township\"]", "'township' is not county, city, province or national")]
    [InlineData("states[0].steps[0].action", "\"promote\"", "'promote' is not one of submit")]
    [InlineData("states[0].period.unit", "\"weeks\"", "states[0] 'county'.period.unit: 'weeks' is not workingDays or calendarDays")]
    [InlineData("states[0].kind", "\"pending\"", "states[0] 'county'.kind: 'pending' is not one of")]
    [InlineData("states[1].steps[0].to", "\"rejected\"", "an approve leads to a granted state")]
    [InlineData("states[4].steps[0].to", "\"revoked\"", "a Update is taken on a granted state and stays in it")]
    [InlineData("states[0].steps[0].notify", "\"everyone\"", "'everyone' is not one of none, applicant, next")]
    [InlineData("states[0].steps[0].notice", "null", "states[0] 'county'.steps[0] (recommend).notice: a zh and en subject is required")]
    [InlineData("states[0].name", "{ \"zh\": \"待县级审核\" }", "states[0] 'county'.name: a zh and an en text are required")]
    [InlineData("states[0].steps[0].confidence", "\"sure\"", "'sure' is not one of official, secondary, unconfirmed, configured")]
    public void A_wrong_field_is_refused_naming_the_file_the_item_and_the_field(string path, string value, string expected)
    {
        var e = Assert.Throws<ReviewChainFormatException>(() => ReviewChainLoader.LoadText(With(path, value), "toy-chain.json"));
        Assert.StartsWith("toy-chain.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_steps_of_one_action_for_the_same_category_are_ambiguous()
    {
        var json = JsonNode.Parse(Toy.Json)!;
        var steps = json["states"]![0]!["steps"]!.AsArray();
        steps.Add(steps[0]!.DeepClone());
        var e = Assert.Throws<ReviewChainFormatException>(() => ReviewChainLoader.LoadText(json.ToJsonString(), "toy-chain.json"));
        Assert.Contains("two 'Recommend' steps apply to the same category", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disjoint_categories_make_two_steps_of_one_action_fine()
    {
        var json = JsonNode.Parse(Toy.Json)!;
        var steps = json["states"]![0]!["steps"]!.AsArray();
        var special = steps[0]!.DeepClone();
        special["categories"] = new JsonArray("special");
        steps[0]!["exceptCategories"] = new JsonArray("special");
        steps.Add(special);
        var chain = ReviewChainLoader.LoadText(json.ToJsonString(), "toy-chain.json");
        Assert.Single(chain.State("county").StepsFor("special"), s => s.Action == ReviewAction.Recommend);
    }

    [Fact]
    public void A_granted_state_needs_a_validity_and_every_state_a_way_in()
    {
        var json = JsonNode.Parse(Toy.Json)!;
        json.AsObject().Remove("validity");
        json["states"]!.AsArray().Add(JsonNode.Parse("""{ "id": "limbo", "kind": "closed", "name": { "zh": "悬置", "en": "Limbo" }, "notAwaiting": { "zh": "x", "en": "x" }, "denied": { "zh": "x", "en": "x" }, "steps": [] }"""));
        var e = Assert.Throws<ReviewChainFormatException>(() => ReviewChainLoader.LoadText(json.ToJsonString(), "toy-chain.json"));
        Assert.Contains("'granted' is granted, so the chain needs a validity", e.Message, StringComparison.Ordinal);
        Assert.Contains("states 'limbo': no step leads to it", e.Message, StringComparison.Ordinal);
        Assert.Contains("fromRecheck: the chain has no validity", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_refused_with_the_file_name()
    {
        var e = Assert.Throws<ReviewChainFormatException>(() => ReviewChainLoader.LoadText("{ \"format\": 1, ", "broken.json"));
        Assert.StartsWith("broken.json: not a valid chain file", e.Message, StringComparison.Ordinal);
    }

    private static string With(string path, string value)
    {
        var root = JsonNode.Parse(Toy.Json)!;
        var parts = path.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1]) node = Step(node, part);
        var last = parts[^1];
        var replacement = JsonNode.Parse(value);
        node.AsObject()[last] = replacement;
        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0) return node[part]!;
        var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[part[..bracket]]![index]!;
    }
}
