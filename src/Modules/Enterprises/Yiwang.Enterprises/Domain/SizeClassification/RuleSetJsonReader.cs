using System.Text.Json;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Reads a rule-set JSON document into <see cref="RuleSetFile"/>, recording every unknown field and wrong type.</summary>
internal static class RuleSetJsonReader
{
    private static readonly string[] TopFields =
    [
        "$schema", "formatVersion", "id", "nameZh", "nameEn", "legalBasisZh", "legalBasisEn", "profile", "effectiveFrom", "effectiveTo",
        "sources", "combination", "indicatorDefinitions", "notCovered", "rows",
    ];

    private static readonly string[] RowFields =
        ["id", "nameZh", "nameEn", "citationZh", "citationEn", "noteZh", "noteEn", "industryCodes", "indicators", "tiers", "thresholds"];

    public static RuleSetFile? Read(JsonElement root, RuleSetProblems problems)
    {
        var f = RuleSetJsonFields.Of(root, string.Empty, problems, TopFields);
        if (f is null) return null;
        var combination = f.Object("combination", "tiers", "noteZh", "noteEn");
        return new RuleSetFile(
            f.Int("formatVersion"), f.String("id"), f.String("nameZh"), f.String("nameEn"), f.String("legalBasisZh"), f.String("legalBasisEn"),
            f.String("profile"), f.String("effectiveFrom"), f.String("effectiveTo"),
            Each(f.Array("sources"), problems, ["url", "confidence", "note"], (s, p) => new SourceFile(p, s.String("url"), s.String("confidence"), s.String("note"))),
            combination is null ? null : new CombinationFile(combination.String("tiers"), combination.String("noteZh"), combination.String("noteEn")),
            Each(f.Array("indicatorDefinitions"), problems, ["indicator", "zh", "en", "confidence"],
                (d, p) => new IndicatorDefinitionFile(p, d.String("indicator"), d.String("zh"), d.String("en"), d.String("confidence"))),
            Each(f.Array("notCovered"), problems, ["codes", "nameZh", "nameEn", "reasonZh", "reasonEn"],
                (n, p) => new NotCoveredFile(p, n.Strings("codes"), n.String("nameZh"), n.String("nameEn"), n.String("reasonZh"), n.String("reasonEn"))),
            Rows(f.Array("rows"), problems));
    }

    private static List<RowFile>? Rows(IReadOnlyList<(JsonElement Element, string Path)>? items, RuleSetProblems problems)
    {
        if (items is null) return null;
        var rows = new List<RowFile>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var element = items[i].Element;
            var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            problems.NameRow(i, Text(element, "nameZh") ?? id, Text(element, "nameEn") ?? id);
            var path = string.IsNullOrWhiteSpace(id) ? $"rows[{i}]" : $"rows[{i}] ({id})";
            var r = RuleSetJsonFields.Of(element, path, problems, RowFields);
            if (r is null) continue;
            var codes = r.Object("industryCodes", "include", "exclude");
            var thresholds = r.Object("thresholds", "large", "medium", "small");
            rows.Add(new RowFile(i, path, r.String("id"), r.String("nameZh"), r.String("nameEn"), r.String("citationZh"), r.String("citationEn"),
                r.String("noteZh"), r.String("noteEn"),
                codes is null ? null : new CodesFile(codes.Strings("include"), codes.Strings("exclude")),
                r.Strings("indicators"), r.String("tiers"),
                thresholds is null ? null : new ThresholdsFile(thresholds.Numbers("large"), thresholds.Numbers("medium"), thresholds.Numbers("small"))));
        }

        return rows;
    }

    private static List<T>? Each<T>(IReadOnlyList<(JsonElement Element, string Path)>? items, RuleSetProblems problems, string[] allowed,
        Func<RuleSetJsonFields, string, T> read)
    {
        if (items is null) return null;
        var result = new List<T>(items.Count);
        foreach (var (element, path) in items)
        {
            if (RuleSetJsonFields.Of(element, path, problems, allowed) is { } fields) result.Add(read(fields, path));
        }

        return result;
    }

    private static string? Text(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
