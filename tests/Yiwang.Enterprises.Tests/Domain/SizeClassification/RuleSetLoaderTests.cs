using System.Text;
using System.Text.Json.Nodes;
using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class RuleSetLoaderTests
{
    /// <summary>The shipped NBS file as a mutable JSON tree, to break one thing at a time.</summary>
    internal static JsonObject NbsJson()
    {
        using var stream = typeof(SizeRuleSet).Assembly.GetManifestResourceStream("Yiwang.Enterprises.RuleSets.nbs-2017.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    internal static SizeRuleSet Load(JsonObject json, string origin = "test.json") =>
        SizeRuleSetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), origin);

    [Fact]
    public void Shipped_sets_load_with_sources_and_dates()
    {
        var miit = SizeRuleSetCatalog.Find("miit-2011-300")!;
        var nbs = SizeRuleSetCatalog.Find("NBS-2017")!;
        Assert.Equal(RuleSetProfile.SmeOnly, miit.Profile);
        Assert.Equal(RuleSetProfile.LargeMediumSmallMicro, nbs.Profile);
        Assert.Equal(new DateOnly(2011, 6, 18), miit.EffectiveFrom);
        Assert.Equal(new DateOnly(2017, 12, 28), nbs.EffectiveFrom);
        Assert.Contains(nbs.Sources, s => s.Url?.Contains("stats.gov.cn", StringComparison.Ordinal) == true && s.Confidence == "official");
        Assert.Contains("300号", miit.LegalBasisZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_is_nbs_2017_today_and_300_before_2018()
    {
        Assert.Equal("nbs-2017", SizeRuleSetCatalog.Default.Id);
        Assert.Equal("nbs-2017", SizeRuleSetCatalog.DefaultFor(new DateOnly(2026, 1, 1))!.Id);
        Assert.Equal("miit-2011-300", SizeRuleSetCatalog.DefaultFor(new DateOnly(2015, 1, 1))!.Id);
        Assert.Null(SizeRuleSetCatalog.DefaultFor(new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void Non_monotonic_thresholds_name_the_row_and_field()
    {
        var json = NbsJson();
        json["rows"]![1]!["thresholds"]!["medium"]!["employees"] = 5000;
        var ex = Assert.Throws<RuleSetFormatException>(() => Load(json));
        Assert.Contains("rows[1] (industry).thresholds", ex.Message, StringComparison.Ordinal);
        Assert.Contains("employees", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_indicator_bound_names_the_tier()
    {
        var json = NbsJson();
        json["rows"]![3]!["thresholds"]!["small"]!.AsObject().Remove("revenueTenThousandYuan");
        var ex = Assert.Throws<RuleSetFormatException>(() => Load(json));
        Assert.Contains("rows[3] (wholesale).thresholds.small.revenueTenThousandYuan: missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bound_for_an_unused_indicator_is_rejected()
    {
        var json = NbsJson();
        json["rows"]![0]!["thresholds"]!["large"]!["employees"] = 10;
        var ex = Assert.Throws<RuleSetFormatException>(() => Load(json));
        Assert.Contains("rows[0] (agriculture).thresholds.large.employees", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("industryCodes", "{\"include\":[\"X9\"]}", "include")]
    [InlineData("indicators", "[\"profit\"]", "indicators")]
    [InlineData("tiers", "\"some\"", "tiers")]
    public void Bad_row_fields_are_named(string field, string value, string expected)
    {
        var json = NbsJson();
        json["rows"]![2]![field] = JsonNode.Parse(value);
        var ex = Assert.Throws<RuleSetFormatException>(() => Load(json));
        Assert.Contains("rows[2] (construction)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_code_in_two_rows_is_rejected()
    {
        var json = NbsJson();
        json["rows"]![4]!["industryCodes"]!["include"]!.AsArray().Add("51");
        var ex = Assert.Throws<RuleSetFormatException>(() => Load(json));
        Assert.Contains("'51' is already included by row 'wholesale'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_and_bad_json_are_reported_with_a_path()
    {
        var json = NbsJson();
        json["rows"]![0]!["threshold"] = 1;
        Assert.Contains("test.json", Assert.Throws<RuleSetFormatException>(() => Load(json)).Message, StringComparison.Ordinal);
        Assert.Throws<RuleSetFormatException>(() => SizeRuleSetLoader.Load(new MemoryStream("{ not json"u8.ToArray()), "x.json"));
    }

    [Fact]
    public void A_draft_file_can_be_loaded_from_disk()
    {
        var json = NbsJson();
        json["id"] = "draft-2026";
        json["rows"]![1]!["thresholds"]!["medium"]!["employees"] = 400;
        var path = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            var draft = SizeRuleSetCatalog.FindOrLoad(path)!;
            Assert.Equal("draft-2026", draft.Id);
            Assert.Equal(400, draft.FindRow("industry")!.Medium.Employees);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_draft_reports_every_problem_at_once_in_plain_words_naming_the_row_and_field()
    {
        // The draft from the issue took four uploads to fix, one error each: a typo, a wrong type, a missing text, a bound out of order.
        var json = NbsJson();
        json["rows"]![0]!["threshold"] = 1;
        json["rows"]![1]!["thresholds"]!["small"]!["employees"] = "20";
        json["rows"]![2]!.AsObject().Remove("nameEn");
        json["rows"]![3]!["thresholds"]!["medium"]!["employees"] = 500;
        json["effectiveFrom"] = "2026/07/01";

        var ex = Assert.Throws<RuleSetFormatException>(() => Load(json));

        Assert.True(ex.Problems.Count == 5, string.Join("\n", ex.Problems.Select(p => p.Text.Zh)));
        var zh = ex.Problems.Select(p => p.Text.Zh).ToArray();
        Assert.Contains(zh, t => t.Contains("第 1 行（农、林、牧、渔业）", StringComparison.Ordinal) && t.Contains("是否应为“thresholds”", StringComparison.Ordinal));
        Assert.Contains(zh, t => t.StartsWith("第 2 行（工业", StringComparison.Ordinal) && t.Contains("thresholds.small.employees", StringComparison.Ordinal) && t.Contains("应为数字", StringComparison.Ordinal));
        Assert.Contains(zh, t => t.StartsWith("第 3 行（建筑业）的 nameEn", StringComparison.Ordinal) && t.Contains("必填", StringComparison.Ordinal));
        Assert.Contains(zh, t => t.StartsWith("第 4 行（批发业）", StringComparison.Ordinal) && t.Contains("从业人员的下限须从小型、中型到大型逐级提高（现为 5、500、200）", StringComparison.Ordinal));
        Assert.Contains(zh, t => t.Contains("effectiveFrom", StringComparison.Ordinal) && t.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        var en = ex.Problems.Select(p => p.Text.En).ToArray();
        Assert.Contains(en, t => t.StartsWith("Row 1 (", StringComparison.Ordinal) && t.Contains("did you mean 'thresholds'?", StringComparison.Ordinal));
        Assert.All(ex.Problems, p => Assert.DoesNotContain("could not be mapped", p.Text.En, StringComparison.Ordinal));
        Assert.All(ex.Problems, p => Assert.DoesNotContain("RuleSetFile", p.Text.En, StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_names_the_line_instead_of_a_parser_message()
    {
        var ex = Assert.Throws<RuleSetFormatException>(() => SizeRuleSetLoader.Load(new MemoryStream("{\n  \"id\": \"x\",\n  \"rows\": [ }"u8.ToArray()), "x.json"));
        var problem = Assert.Single(ex.Problems);
        Assert.Contains("第 3 行", problem.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("line 3", problem.Text.En, StringComparison.Ordinal);
    }
}
