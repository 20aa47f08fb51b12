using Yiwang.Rules.Evaluation;
using Yiwang.Rules.Facts;
using Yiwang.Rules.Loading;

namespace Yiwang.Rules.RuleSets;

/// <summary>
/// Reads a rule-set file, checks it against its facts schema and compiles it. Every problem names the file, the item
/// by its id and the field: <c>cultivation-2022.json: targets[specialized].scoring.indicators[S4].measures[0]: …</c>.
/// </summary>
public static class RuleSetLoader
{
    private static readonly string[] Confidences = ["official", "secondary", "unconfirmed", "disputed"];

    public static CompiledRuleSet Load(Stream json, string origin, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var set = JsonFiles.Read<RuleSet>(json, origin);
        var problems = Validate(set, schema).ToList();
        return problems.Count == 0 ? new CompiledRuleSet(set, schema) : throw new RulesFormatException($"{origin}: {string.Join("; ", problems)}");
    }

    private static IEnumerable<string> Validate(RuleSet s, FactSchema schema)
    {
        if (s.FormatVersion != 2) yield return $"formatVersion: expected 2, got {s.FormatVersion}";
        if (s.Schema != schema.Id) yield return $"schema: '{s.Schema}' is not the facts schema '{schema.Id}'";
        if (s.EffectiveTo <= s.EffectiveFrom) yield return "effectiveTo: must be after effectiveFrom";
        if (s.BandBoundary.Mode is not ("inclusive" or "exclusive")) yield return "bandBoundary.mode: 'inclusive' or 'exclusive'";
        if (s.Sources.Count == 0) yield return "sources: cite at least one source";
        foreach (var p in Confidence(s.BandBoundary.Confidence, "bandBoundary.confidence")) yield return p;
        foreach (var (source, i) in s.Sources.Select((x, i) => (x, i)))
        {
            foreach (var p in Confidence(source.Confidence, $"sources[{i}].confidence")) yield return p;
        }

        if (s.Targets.Count == 0) yield return "targets: at least one target is required";
        foreach (var dup in Duplicates(s.Targets.Select(t => t.Id))) yield return $"targets: id '{dup}' is used twice";
        foreach (var target in s.Targets)
        {
            foreach (var p in ValidateTarget(target, schema, $"targets[{target.Id}]")) yield return p;
        }
    }

    private static IEnumerable<string> ValidateTarget(Target t, FactSchema schema, string at)
    {
        foreach (var p in Confidence(t.Confidence, $"{at}.confidence")) yield return p;
        if (t.NoteZh is null != t.NoteEn is null) yield return $"{at}: noteZh and noteEn go together";
        foreach (var dup in Duplicates(t.BasicConditions.Concat(t.DirectConditions).Select(c => c.Id))) yield return $"{at}: condition id '{dup}' is used twice";
        var conditions = t.BasicConditions.Select(c => (c, "basicConditions")).Concat(t.DirectConditions.Select(c => (c, "directConditions")));
        foreach (var (c, list) in conditions)
        {
            foreach (var p in ValidateCondition(c, schema, $"{at}.{list}[{c.Id}]")) yield return p;
        }

        if (t.Scoring is not { } scoring) yield break;
        foreach (var p in ScoringChecks.Validate(scoring, schema, $"{at}.scoring")) yield return p;
    }

    private static IEnumerable<string> ValidateCondition(Condition c, FactSchema schema, string at)
    {
        foreach (var p in Confidence(c.Confidence, $"{at}.confidence")) yield return p;
        if (c.Combine is not ("all" or "any" or "anyGroup")) yield return $"{at}.combine: 'all', 'any' or 'anyGroup'";
        var grouped = c.Combine == "anyGroup";
        if (grouped != (c.Groups is { Count: > 0 })) yield return $"{at}.groups: required with anyGroup, and only then";
        if (!grouped && c.Tests.Count == 0) yield return $"{at}.tests: at least one test is required";
        if (grouped && c.Tests.Count > 0) yield return $"{at}.tests: with anyGroup the tests go in groups";
        if (c.Groups?.Any(g => g.Tests.Count == 0) == true) yield return $"{at}.groups: every group needs a test";
        var tests = c.Tests.Select((t, i) => (t, $"tests[{i}]"))
            .Concat((c.Groups ?? []).SelectMany((g, k) => g.Tests.Select((t, i) => (t, $"groups[{k}].tests[{i}]"))))
            .Concat((c.Waivers ?? []).Select((t, i) => (t, $"waivers[{i}]")));
        foreach (var (test, where) in tests)
        {
            if (schema.Find(test.Fact) is not { } fact) yield return $"{at}.{where}: '{test.Fact}' is not a fact of schema {schema.Id}";
            else if (RuleValues.CheckTest(fact, test.Op, test.Value) is { } problem) yield return $"{at}.{where}: {problem}";
        }
    }

    internal static IEnumerable<string> Confidence(string value, string at)
    {
        if (!Confidences.Contains(value)) yield return $"{at}: '{value}' is not one of {string.Join(", ", Confidences)}";
    }

    internal static IEnumerable<string> Duplicates(IEnumerable<string> ids) => ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
}
