using Yiwang.Rules.Facts;

namespace Yiwang.Rules.RuleSets;

/// <summary>The checks of a scoring table: categories add up, bands run best first, bounds suit the fact.</summary>
internal static class ScoringChecks
{
    public static IEnumerable<string> Validate(Scoring scoring, FactSchema schema, string at)
    {
        if (scoring.PassMark <= 0) yield return $"{at}.passMark: must be positive";
        foreach (var p in RuleSetLoader.Confidence(scoring.PassMarkConfidence, $"{at}.passMarkConfidence")) yield return p;
        foreach (var dup in RuleSetLoader.Duplicates(scoring.Categories.Select(c => c.Id))) yield return $"{at}.categories: id '{dup}' is used twice";
        foreach (var dup in RuleSetLoader.Duplicates(scoring.Indicators.Select(i => i.Id))) yield return $"{at}.indicators: id '{dup}' is used twice";
        var categories = scoring.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var category in scoring.Categories)
        {
            var sum = scoring.Indicators.Where(i => i.Category == category.Id).Sum(i => i.MaxPoints);
            if (sum != category.MaxPoints) yield return $"{at}.categories[{category.Id}]: indicators add up to {sum}, not {category.MaxPoints}";
            if (category.MinimumPoints > category.MaxPoints) yield return $"{at}.categories[{category.Id}].minimumPoints: above maxPoints";
        }

        foreach (var indicator in scoring.Indicators)
        {
            foreach (var p in ValidateIndicator(indicator, categories, schema, $"{at}.indicators[{indicator.Id}]")) yield return p;
        }
    }

    private static IEnumerable<string> ValidateIndicator(Indicator i, HashSet<string> categories, FactSchema schema, string at)
    {
        foreach (var p in RuleSetLoader.Confidence(i.Confidence, $"{at}.confidence")) yield return p;
        if (!categories.Contains(i.Category)) yield return $"{at}.category: '{i.Category}' is not a category";
        if (i.Scoring is not ("bands" or "inputPoints")) yield return $"{at}.scoring: 'bands' or 'inputPoints'";
        if (i.Measures.Count == 0) yield return $"{at}.measures: at least one measure is required";
        if (i.Scoring == "inputPoints" && i.Measures.Count != 1) yield return $"{at}.measures: inputPoints takes exactly one measure";
        foreach (var (m, k) in i.Measures.Select((m, k) => (m, k)))
        {
            var where = $"{at}.measures[{k}]";
            if (schema.Find(m.Fact) is not { } fact)
            {
                yield return $"{where}: '{m.Fact}' is not a fact of schema {schema.Id}";
                continue;
            }

            if (fact.Type == FactType.Enumeration && i.Scoring == "inputPoints") yield return $"{where}: inputPoints needs a number";
            if (m.Direction is not ("higher" or "lower")) yield return $"{where}.direction: 'higher' or 'lower'";
            if (i.Scoring == "inputPoints")
            {
                if (m.Bands.Count > 0) yield return $"{where}.bands: inputPoints has no bands";
                continue;
            }

            foreach (var p in ValidateBands(m, fact, i.MaxPoints, where)) yield return p;
        }
    }

    private static IEnumerable<string> ValidateBands(Measure m, FactDefinition fact, decimal maxPoints, string at)
    {
        if (m.Bands.Count == 0 || m.Bands[^1].Bound is not null) yield return $"{at}.bands: the last band must have no bound";
        if (m.Bands.Any(b => b.Points > maxPoints || b.Points < 0)) yield return $"{at}.bands: points must be 0..{maxPoints}";
        if (m.Bands.Any(b => b.LabelZh is null != b.LabelEn is null)) yield return $"{at}.bands: labelZh and labelEn go together";
        var bounds = new List<decimal>();
        foreach (var (band, k) in m.Bands.Take(m.Bands.Count - 1).Select((b, k) => (b, k)))
        {
            if (band.Bound is not { } bound) yield return $"{at}.bands[{k}]: only the last band has no bound";
            else if (RuleValues.Resolve(fact, bound, out var number) is { } problem) yield return $"{at}.bands[{k}]: {problem}";
            else if (fact.Type == FactType.Boolean && number is not (0 or 1)) yield return $"{at}.bands[{k}]: a boolean bound is 1 (true) or 0";
            else bounds.Add(number);
        }

        var ordered = m.Direction == "higher" ? bounds.SequenceEqual(bounds.OrderDescending()) : bounds.SequenceEqual(bounds.Order());
        if (!ordered || bounds.Distinct().Count() != bounds.Count) yield return $"{at}.bands: bounds must run best first, strictly";
        var points = m.Bands.Select(b => b.Points).ToList();
        if (!points.SequenceEqual(points.OrderDescending())) yield return $"{at}.bands: points must not rise from best to worst";
    }
}
