using System.Text.Json;
using System.Text.Json.Serialization;
using Yiwang.Cultivation.Domain.RuleSets;

namespace Yiwang.Cultivation.Domain.DigitalLevel;

/// <summary>Reads and checks the index file; a sum that does not add up fails at load, not in a user's score.</summary>
internal static class DigitalLevelIndexLoader
{
    public const string CurrentFile = "digital-level-2024.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly Lazy<DigitalLevelIndex> Embedded = new(() =>
    {
        var name = "Yiwang.Cultivation.Reference." + CurrentFile;
        using var stream = typeof(DigitalLevelIndexLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new RuleSetFormatException($"{CurrentFile}: not embedded as {name}");
        return Load(stream, CurrentFile);
    });

    public static DigitalLevelIndex Current => Embedded.Value;

    public static DigitalLevelIndex Load(Stream json, string origin)
    {
        DigitalLevelIndex? index;
        try
        {
            index = JsonSerializer.Deserialize<DigitalLevelIndex>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new RuleSetFormatException($"{origin}: {ex.Path ?? "$"}: {ex.Message}", ex);
        }

        if (index is null) throw new RuleSetFormatException($"{origin}: the file is empty");
        var problems = Validate(index).ToList();
        return problems.Count == 0 ? index : throw new RuleSetFormatException($"{origin}: {string.Join("; ", problems)}");
    }

    private static IEnumerable<string> Validate(DigitalLevelIndex index)
    {
        if (index.FormatVersion != 1) yield return "formatVersion: expected 1";
        if (index.Sources.Count == 0) yield return "sources: cite at least one source";
        foreach (var d in index.Dimensions)
        {
            if (d.SubDimensions.Sum(s => s.MaxPoints) != d.MaxPoints) yield return $"{d.Id}: sub-dimensions do not add up to {d.MaxPoints}";
            foreach (var s in d.SubDimensions)
            {
                if (s.Questions.Sum(q => q.MaxPoints) != s.MaxPoints) yield return $"{s.Id}: questions do not add up to {s.MaxPoints}";
                foreach (var q in s.Questions)
                {
                    if (q.Kind is not ("single" or "multi")) yield return $"{q.Id}.kind: 'single' or 'multi'";
                    if (q.Options.Count == 0) yield return $"{q.Id}: no options";
                    if (q.Kind == "single" && q.Options.Max(o => o.Points) != q.MaxPoints) yield return $"{q.Id}: best option is not worth maxPoints";
                    if (q.Kind == "multi" && q.Options.Sum(o => o.Points) < q.MaxPoints) yield return $"{q.Id}: options cannot reach maxPoints";
                }
            }
        }

        if (index.Questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1) is { } dup) yield return $"question id '{dup.Key}' is used twice";
        if (index.Scenarios.LevelsZh.Count != 5 || index.Scenarios.LevelsEn.Count != 5) yield return "scenarios.levels: five labels (0–4)";
        var levels = index.Levels.Rules.Select(r => r.Level).ToList();
        if (!levels.SequenceEqual([1, 2, 3, 4])) yield return "levels.rules: levels 1, 2, 3, 4 in order";
    }
}
