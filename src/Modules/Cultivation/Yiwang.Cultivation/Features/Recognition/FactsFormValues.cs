using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Features.BatchEvaluate;
using Yiwang.Rules.Facts;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The facts form shared by the apply page, the resubmission and the annual update: fields are named <c>f.{column}</c>
/// with the batch columns' names and parsers, so a page accepts exactly what the CSV and the API accept.
/// </summary>
internal static class FactsFormValues
{
    public const string Prefix = "f.";

    /// <summary>The facts an application holds, as form values, so a correction starts from what was filed.</summary>
    public static Dictionary<string, string> FromJson(string factsJson)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(factsJson) ? "{}" : factsJson);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var column = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
            if (!FactColumns.IsKnown(column)) continue;
            var text = p.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            };
            if (text is not null) values[Prefix + column] = text;
        }

        return values;
    }

    /// <summary>Reads every <c>f.*</c> field; the errors name the field and say what was expected.</summary>
    public static (EnterpriseFacts Facts, IReadOnlyList<string> Errors) Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var facts = new FactValues(CultivationFacts.Schema);
        var errors = new List<string>();
        foreach (var fact in CultivationFacts.Schema.BaseFacts)
        {
            if (FactText.Apply(facts, fact, form[Prefix + fact.Id].ToString()) is { } error) errors.Add(string.Create(CultureInfo.InvariantCulture, $"{fact.Id}: {error}"));
        }

        return (CultivationFacts.ToRecord(facts), errors);
    }
}
