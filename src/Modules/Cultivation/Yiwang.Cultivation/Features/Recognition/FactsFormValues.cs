using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Features.BatchEvaluate;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Rules.Facts;
using FieldErrors = Yiwang.Kernel.Web.Commands.FieldErrors;

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

    /// <summary>
    /// Reads the <c>f.*</c> fields of <paramref name="only"/> (every reported fact by default) and checks ranges and
    /// constraints; every error is keyed by its field and names the fact in words, so a form shows all of them at once.
    /// </summary>
    public static (EnterpriseFacts Facts, FieldErrors Errors) Read(IFormCollection form, IReadOnlyCollection<FactDefinition>? only = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Read(name => form[name].ToString(), only);
    }

    /// <summary>The same from values held by a page (a wizard's fields carried between its steps).</summary>
    public static (EnterpriseFacts Facts, FieldErrors Errors) Read(Func<string, string?> value, IReadOnlyCollection<FactDefinition>? only = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var facts = new FactValues(CultivationFacts.Schema);
        var errors = new FieldErrors();
        var asked = only ?? CultivationFacts.Schema.BaseFacts;
        foreach (var fact in asked)
        {
            if (FactText.Apply(facts, fact, Normalised(fact, value(Prefix + fact.Id) ?? string.Empty)) is not null) errors.Add(Prefix + fact.Id, Expected(fact));
        }

        foreach (var (field, message) in FactValidator.Validate(facts))
        {
            if (CultivationFacts.Schema.Find(field) is { } fact && asked.Contains(fact) && !errors.Has(Prefix + field)) errors.Add(Prefix + field, Named(fact, message));
        }

        return (CultivationFacts.ToRecord(facts), errors);
    }

    /// <summary>The handlers' field errors (<c>facts.x</c>) as the form's (<c>f.x</c>), each naming its fact.</summary>
    public static FieldErrors FromHandler(FieldErrors? errors)
    {
        var result = new FieldErrors();
        foreach (var key in errors?.Fields ?? [])
        {
            foreach (var message in errors!.For(key))
            {
                var id = key.StartsWith("facts.", StringComparison.Ordinal) ? key["facts.".Length..] : null;
                if (id is not null && CultivationFacts.Schema.Find(id) is { } fact) result.Add(Prefix + fact.Id, Named(fact, message));
                else result.Add(key, message);
            }
        }

        return result;
    }

    // Figures as people type them ("1,500", full-width digits) through the kit's parser, which refuses "12,5"; the
    // engine then reads the invariant text. Text that is no figure is passed on unchanged, so the engine rejects it.
    private static string Normalised(FactDefinition fact, string text)
    {
        if (fact.Type is not (FactType.Decimal or FactType.Integer) || string.IsNullOrWhiteSpace(text)) return text;
        return FormNumbers.TryParseDecimal(text, out var value) ? value.ToString(CultureInfo.InvariantCulture) : "x";
    }

    private static Bilingual Named(FactDefinition fact, Bilingual message) =>
        new($"{fact.Label.Zh}：{message.Zh}", $"{fact.Label.En}: {message.En}");

    private static Bilingual Expected(FactDefinition fact) => fact.Type switch
    {
        FactType.Integer => new($"{fact.Label.Zh}：请填写整数（如 30），不要带单位或逗号", $"{fact.Label.En}: enter a whole number (e.g. 30), without unit or commas"),
        FactType.Boolean => new($"{fact.Label.Zh}：请选择“是”或“否”", $"{fact.Label.En}: choose Yes or No"),
        FactType.Enumeration => new($"{fact.Label.Zh}：请从列表中选择", $"{fact.Label.En}: choose from the list"),
        FactType.Date => new($"{fact.Label.Zh}：请按 2026-03-31 的格式填写日期", $"{fact.Label.En}: enter the date as 2026-03-31"),
        _ => new($"{fact.Label.Zh}：请填写数字（如 1500 或 2.5），不要带单位或逗号", $"{fact.Label.En}: enter a number (e.g. 1500 or 2.5), without unit or commas"),
    };
}
