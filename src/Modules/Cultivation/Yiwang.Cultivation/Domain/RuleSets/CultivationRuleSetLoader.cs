using System.Text.Json;
using Yiwang.Rules.Facts;
using Yiwang.Rules.Loading;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>
/// Loads a cultivation rule-set file through the engine (which checks it against the facts schema) and reads the
/// cultivation extension, the annual update day; every problem names the file and the field.
/// </summary>
internal static class CultivationRuleSetLoader
{
    private static readonly string[] Confidences = ["official", "secondary", "unconfirmed", "disputed"];

    /// <summary>Checked against <paramref name="schema"/>, by default the cultivation facts schema.</summary>
    public static CultivationRuleSet Load(Stream json, string origin, FactSchema? schema = null)
    {
        var compiled = RuleSetLoader.Load(json, origin, schema ?? CultivationRuleSetCatalog.Schema);
        var annual = AnnualUpdate(compiled.Source.Extensions, origin);
        return new CultivationRuleSet(compiled, annual);
    }

    private static AnnualUpdateRule? AnnualUpdate(JsonElement? extensions, string origin)
    {
        if (extensions is not { ValueKind: JsonValueKind.Object } ext || !ext.TryGetProperty("annualUpdate", out var element)) return null;
        AnnualUpdateRule? rule;
        try
        {
            rule = element.Deserialize<AnnualUpdateRule>(JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new RulesFormatException($"{origin}: extensions.annualUpdate: {ex.Message}", ex);
        }

        if (rule is null) return null;
        // Checked against a common year (2001): a yearly deadline cannot be 29 February.
        if (rule.Month is < 1 or > 12 || rule.Day < 1 || rule.Day > DateTime.DaysInMonth(2001, rule.Month))
            throw new RulesFormatException($"{origin}: extensions.annualUpdate: {rule.Month}-{rule.Day} is not a day that occurs every year");
        if (!Confidences.Contains(rule.Confidence))
            throw new RulesFormatException($"{origin}: extensions.annualUpdate.confidence: '{rule.Confidence}' is not one of {string.Join(", ", Confidences)}");
        return rule;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
