using System.Text.Json;
using System.Text.Json.Serialization;
using Yiwang.Cultivation.Domain.Facts;

namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>Reads a rule-set file and checks it; every problem names the file and the JSON path.</summary>
internal static class CultivationRuleSetLoader
{
    private static readonly string[] Confidences = ["official", "secondary", "unconfirmed", "disputed"];
    private static readonly string[] Ops = [">=", ">", "<=", "<", "isTrue"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Missing or null required fields fail at read time, so Validate only checks meaning.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static CultivationRuleSet Load(Stream json, string origin)
    {
        CultivationRuleSet? set;
        try
        {
            set = JsonSerializer.Deserialize<CultivationRuleSet>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new RuleSetFormatException($"{origin}: {ex.Path ?? "$"}: {ex.Message}", ex);
        }

        if (set is null) throw new RuleSetFormatException($"{origin}: the file is empty");
        var problems = Validate(set).ToList();
        return problems.Count == 0 ? set : throw new RuleSetFormatException($"{origin}: {string.Join("; ", problems)}");
    }

    private static IEnumerable<string> Validate(CultivationRuleSet s)
    {
        if (s.FormatVersion != 1) yield return $"formatVersion: expected 1, got {s.FormatVersion}";
        if (s.EffectiveTo <= s.EffectiveFrom) yield return "effectiveTo: must be after effectiveFrom";
        if (s.BandBoundary.Mode is not ("inclusive" or "exclusive")) yield return "bandBoundary.mode: 'inclusive' or 'exclusive'";
        if (s.Sources.Count == 0) yield return "sources: cite at least one source";
        foreach (var p in CheckConfidence(s.BandBoundary.Confidence, "bandBoundary.confidence")) yield return p;
        if (s.AnnualUpdate is { } annual)
        {
            // Checked against a common year (2001): a yearly deadline cannot be 29 February.
            if (annual.Month is < 1 or > 12 || annual.Day < 1 || annual.Day > DateTime.DaysInMonth(2001, annual.Month))
                yield return $"annualUpdate: {annual.Month}-{annual.Day} is not a day that occurs every year";
            foreach (var p in CheckConfidence(annual.Confidence, "annualUpdate.confidence")) yield return p;
        }
        if (s.Tiers.Count == 0) yield return "tiers: at least one tier is required";
        if (s.Tiers.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1) is { } dup) yield return $"tiers: id '{dup.Key}' is used twice";
        foreach (var tier in s.Tiers)
        {
            foreach (var p in ValidateTier(tier, $"tiers[{tier.Id}]")) yield return p;
        }
    }

    private static IEnumerable<string> ValidateTier(TierRules t, string at)
    {
        foreach (var p in CheckConfidence(t.Confidence, $"{at}.confidence")) yield return p;
        var conditions = t.BasicConditions.Select(c => (c, "basicConditions")).Concat(t.DirectConditions.Select(c => (c, "directConditions")));
        foreach (var (c, list) in conditions)
        {
            foreach (var p in ValidateCondition(c, $"{at}.{list}[{c.Id}]")) yield return p;
        }

        if (t.Scoring is not { } scoring) yield break;
        if (scoring.PassMark <= 0) yield return $"{at}.scoring.passMark: must be positive";
        foreach (var p in CheckConfidence(scoring.PassMarkConfidence, $"{at}.scoring.passMarkConfidence")) yield return p;
        var categories = scoring.Categories.Select(c => c.Id).ToHashSet();
        foreach (var category in scoring.Categories)
        {
            var sum = scoring.Indicators.Where(i => i.Category == category.Id).Sum(i => i.MaxPoints);
            if (sum != category.MaxPoints) yield return $"{at}.scoring.categories[{category.Id}]: indicators add up to {sum}, not {category.MaxPoints}";
        }

        foreach (var indicator in scoring.Indicators)
        {
            foreach (var p in ValidateIndicator(indicator, categories, $"{at}.scoring.indicators[{indicator.Id}]")) yield return p;
        }
    }

    private static IEnumerable<string> ValidateCondition(Condition c, string at)
    {
        foreach (var p in CheckConfidence(c.Confidence, $"{at}.confidence")) yield return p;
        if (c.Combine is not ("all" or "any" or "anyGroup")) yield return $"{at}.combine: 'all', 'any' or 'anyGroup'";
        var grouped = c.Combine == "anyGroup";
        if (grouped != (c.Groups is { Count: > 0 })) yield return $"{at}.groups: required with anyGroup, and only then";
        if (!grouped && c.Tests.Count == 0) yield return $"{at}.tests: at least one test is required";
        if (c.Groups?.Any(g => g.Tests.Count == 0) == true) yield return $"{at}.groups: every group needs a test";
        foreach (var test in c.Tests.Concat(c.Groups?.SelectMany(g => g.Tests) ?? []).Concat(c.Waivers ?? []))
        {
            if (MetricCatalog.Find(test.Metric) is null) yield return $"{at}.tests: '{test.Metric}' is not a known metric";
            if (!Ops.Contains(test.Op)) yield return $"{at}.tests: op '{test.Op}' is not one of {string.Join(' ', Ops)}";
            if (test.Op != "isTrue" && test.Value is null) yield return $"{at}.tests: '{test.Metric}' needs a value";
        }
    }

    private static IEnumerable<string> ValidateIndicator(Indicator i, HashSet<string> categories, string at)
    {
        foreach (var p in CheckConfidence(i.Confidence, $"{at}.confidence")) yield return p;
        if (!categories.Contains(i.Category)) yield return $"{at}.category: '{i.Category}' is not a category";
        if (i.Scoring is not ("bands" or "inputPoints")) yield return $"{at}.scoring: 'bands' or 'inputPoints'";
        if (i.Metrics.Count == 0) yield return $"{at}.metrics: at least one metric is required";
        foreach (var m in i.Metrics)
        {
            if (MetricCatalog.Find(m.Metric) is null) yield return $"{at}.metrics: '{m.Metric}' is not a known metric";
            if (m.Direction is not ("higher" or "lower")) yield return $"{at}.metrics[{m.Metric}].direction: 'higher' or 'lower'";
            if (i.Scoring == "inputPoints") continue;
            if (m.Bands.Count == 0 || m.Bands[^1].Bound is not null) yield return $"{at}.metrics[{m.Metric}].bands: the last band must have no bound";
            if (m.Bands.Any(b => b.Points > i.MaxPoints || b.Points < 0)) yield return $"{at}.metrics[{m.Metric}].bands: points must be 0..{i.MaxPoints}";
            var bounds = m.Bands.Take(m.Bands.Count - 1).Select(b => b.Bound ?? decimal.MinValue).ToList();
            var ordered = m.Direction == "higher" ? bounds.SequenceEqual(bounds.OrderDescending()) : bounds.SequenceEqual(bounds.Order());
            if (!ordered || bounds.Distinct().Count() != bounds.Count) yield return $"{at}.metrics[{m.Metric}].bands: bounds must run best first, strictly";
            var points = m.Bands.Select(b => b.Points).ToList();
            if (!points.SequenceEqual(points.OrderDescending())) yield return $"{at}.metrics[{m.Metric}].bands: points must not rise from best to worst";
        }
    }

    private static IEnumerable<string> CheckConfidence(string value, string at)
    {
        if (!Confidences.Contains(value)) yield return $"{at}: '{value}' is not one of {string.Join(", ", Confidences)}";
    }
}
