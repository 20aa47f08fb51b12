using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yiwang.Kernel.Text;

namespace Yiwang.Rules.Facts;

/// <summary>
/// The facts bag as a JSON object keyed by fact id (the API's <c>facts</c>): numbers for decimal and integer facts,
/// true/false, member ids as strings, dates as "yyyy-MM-dd"; null or absent = not reported.
/// </summary>
public static class FactJson
{
    /// <summary>The values and, per field, what was wrong (type, member, unknown name); a bad field is left unreported.</summary>
    public static (FactValues Facts, Dictionary<string, Bilingual> Errors) Read(FactSchema schema, JsonElement json)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var facts = new FactValues(schema);
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors[string.Empty] = new("应为对象", "must be an object");
            return (facts, errors);
        }

        foreach (var p in json.EnumerateObject())
        {
            var fact = schema.Find(p.Name);
            if (fact is null || fact.IsDerived)
            {
                errors.TryAdd(p.Name, new("不是已知的数据项", "is not a known fact"));
                continue;
            }

            if (p.Value.ValueKind == JsonValueKind.Null) continue;
            if (Value(fact, p.Value) is { } value) facts.SetRaw(fact.Ordinal, value);
            else errors.TryAdd(p.Name, Expected(fact));
        }

        return (facts, errors);
    }

    /// <summary>The reported base facts as a JSON object (what <see cref="Read"/> reads back).</summary>
    public static JsonObject Write(FactValues facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var json = new JsonObject();
        foreach (var fact in facts.Schema.BaseFacts)
        {
            if (facts.BaseState(fact.Ordinal) != FactState.Present) continue;
            facts.Get(fact.Ordinal, out var v);
            json[fact.Id] = fact.Type switch
            {
                FactType.Boolean => JsonValue.Create(v != 0),
                FactType.Enumeration or FactType.Date => JsonValue.Create(FactText.Format(fact, v)),
                _ => JsonValue.Create(v),
            };
        }

        return json;
    }

    private static decimal? Value(FactDefinition fact, JsonElement value) => fact.Type switch
    {
        FactType.Decimal when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) => d,
        FactType.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var i) && decimal.Truncate(i) == i => i,
        FactType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.ValueKind == JsonValueKind.True ? 1 : 0,
        FactType.Enumeration when value.ValueKind == JsonValueKind.String && fact.Member(value.GetString()!) is { } m => m.Value,
        FactType.Date when value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.DayNumber,
        _ => null,
    };

    private static Bilingual Expected(FactDefinition fact) => fact.Type switch
    {
        FactType.Decimal => new("应为数字", "must be a number"),
        FactType.Integer => new("应为整数", "must be a whole number"),
        FactType.Boolean => new("应为 true 或 false", "must be true or false"),
        FactType.Enumeration => new($"应为以下之一：{string.Join("、", fact.Members.Select(m => $"{m.Id}（{m.LabelZh}）"))}",
            $"must be one of: {string.Join(", ", fact.Members.Select(m => $"{m.Id} ({m.LabelEn})"))}"),
        _ => new("应为日期（yyyy-MM-dd）", "must be a date (yyyy-MM-dd)"),
    };
}
