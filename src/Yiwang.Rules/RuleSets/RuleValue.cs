using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yiwang.Rules.RuleSets;

/// <summary>
/// A threshold or band bound as written in a rule file: a number, a text (an enumeration member id or a yyyy-MM-dd
/// date), or a list of member ids (op <c>in</c>). <see cref="CompiledRuleSet"/> resolves it against the fact's type.
/// </summary>
[JsonConverter(typeof(RuleValueConverter))]
public readonly record struct RuleValue(decimal? Number, string? Text, IReadOnlyList<string>? Members)
{
    public static RuleValue Of(decimal number) => new(number, null, null);

    public override string ToString() =>
        Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? string.Join(",", Members ?? []);
}

internal sealed class RuleValueConverter : JsonConverter<RuleValue>
{
    public override RuleValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return new(reader.GetDecimal(), null, null);
            case JsonTokenType.String:
                return new(null, reader.GetString(), null);
            case JsonTokenType.StartArray:
                var members = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    members.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("a list of member ids must hold strings"));
                }

                return new(null, null, members);
            default:
                throw new JsonException("a number, a text (member id or date) or a list of member ids");
        }
    }

    public override void Write(Utf8JsonWriter writer, RuleValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Number is { } n) writer.WriteNumberValue(n);
        else if (value.Text is { } t) writer.WriteStringValue(t);
        else
        {
            writer.WriteStartArray();
            foreach (var m in value.Members ?? []) writer.WriteStringValue(m);
            writer.WriteEndArray();
        }
    }
}
