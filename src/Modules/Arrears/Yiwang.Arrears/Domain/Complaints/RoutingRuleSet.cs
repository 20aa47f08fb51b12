using System.Text.Json;
using System.Text.Json.Serialization;
using Yiwang.Arrears.Data;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Where an accepted case is forwarded (第二十五条第一款), as data: the first rule whose conditions match the
/// respondent decides the level; an administrator can replace the set (stored with who and when).
/// </summary>
internal sealed record RoutingRuleSet(string Id, string EffectiveFrom, string Source, IReadOnlyList<RoutingRule> Rules)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RoutingRuleSet Default { get; } = Parse(ArrearsData.ReadText("complaint-routing.json"));

    public RoutingDecision Route(RespondentType type, bool central, RegionCode respondentRegion)
    {
        var rule = Rules.FirstOrDefault(r => (r.Central is null || r.Central == central) && (r.RespondentType is null || r.RespondentType == type))
            ?? throw new InvalidOperationException($"Routing rule set {Id} has no rule for {type} (central={central}); it must end with a catch-all.");
        var region = rule.Level switch
        {
            RoutingLevel.National => RegionCode.National,
            RoutingLevel.Province => respondentRegion.Province,
            RoutingLevel.City => respondentRegion.City,
            _ => respondentRegion,
        };
        return new RoutingDecision(region.Value, Bilingualise(rule), $"{Id}/{rule.Id}");
    }

    /// <summary>Parses and checks a set: ids unique, departments named, and a last rule that matches everything.</summary>
    /// <exception cref="InvalidDataException">The message says what is wrong, in both languages.</exception>
    public static RoutingRuleSet Parse(string json)
    {
        RoutingRuleSet? set;
        try { set = JsonSerializer.Deserialize<RoutingRuleSet>(json, Json); }
        catch (JsonException e) { throw new InvalidDataException($"路由规则不是有效的 JSON / Routing rules are not valid JSON: {e.Message}", e); }
        if (set is null || string.IsNullOrWhiteSpace(set.Id) || set.Rules is null || set.Rules.Count == 0)
            throw new InvalidDataException("路由规则须有 id 和至少一条规则 / A routing rule set needs an id and at least one rule");
        if (set.Rules.Select(r => r.Id).Distinct().Count() != set.Rules.Count)
            throw new InvalidDataException("规则 id 不能重复 / Rule ids must be unique");
        if (set.Rules.Any(r => string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.DepartmentZh) || string.IsNullOrWhiteSpace(r.DepartmentEn)))
            throw new InvalidDataException("每条规则须有 id、departmentZh、departmentEn / Every rule needs id, departmentZh and departmentEn");
        if (set.Rules[^1] is not { Central: null, RespondentType: null })
            throw new InvalidDataException("最后一条规则须无条件（兜底） / The last rule must have no conditions (catch-all)");
        return set;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static string Bilingualise(RoutingRule rule) => $"{rule.DepartmentZh} / {rule.DepartmentEn}";
}

internal sealed record RoutingRule(string Id, bool? Central, RespondentType? RespondentType, RoutingLevel Level,
    string DepartmentZh, string DepartmentEn, string? Why);

[JsonConverter(typeof(JsonStringEnumConverter<RoutingLevel>))]
internal enum RoutingLevel
{
    [Label("被投诉人所在地同级", "The respondent's own level")] Respondent,
    [Label("区县", "County")] County,
    [Label("地市", "City")] City,
    [Label("省级", "Province")] Province,
    [Label("国家", "National")] National,
}
