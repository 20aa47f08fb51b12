using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Carbon.Ui;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>The activity data and factor choices of one life-cycle stage, as one fieldset of the compute form.</summary>
internal sealed record StageFields(string Stage, Bilingual Name, IReadOnlyList<TemplateParameter> Parameters, IReadOnlyList<FactorChoice> Choices);

/// <summary>
/// The compute form of a template: its fields grouped by the life-cycle stage that uses them, and the reading of a posted
/// form into a request with every error at once, by the request's own field names (parameters.electrolysisKwh …), so the
/// handler's errors land beside the same fields.
/// </summary>
internal static class ComputeForm
{
    public const string ProductName = "productName", ReferenceYear = "referenceYear";

    public static string Parameter(string key) => $"parameters.{key}";

    public static string Factor(string key) => $"factors.{key}";

    public static string Supplier(string product) => $"suppliers.{product}";

    public static IReadOnlyList<TemplateParameter> Parameters(ProductTemplate template) =>
        [.. template.Parameters.Concat(Included(template).SelectMany(t => t.Parameters)).DistinctBy(p => p.Key)];

    public static IReadOnlyList<FactorChoice> Choices(ProductTemplate template) =>
        [.. template.FactorChoices.Concat(Included(template).SelectMany(t => t.FactorChoices)).DistinctBy(c => c.Key)];

    /// <summary>Each parameter and factor choice under the stage of the first exchange that uses it, in report order.</summary>
    public static IReadOnlyList<StageFields> Stages(ProductTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var exchanges = Processes(template).SelectMany(p => (p.Inputs ?? []).Concat(p.Emissions ?? []).Select(e => (Stage: e.Stage ?? p.Stage, Exchange: e))).ToList();
        string StageOf(Func<TemplateExchange, bool> uses) => exchanges.FirstOrDefault(x => uses(x.Exchange)).Stage ?? "production";
        var parameters = Parameters(template).ToLookup(p => StageOf(e => e.Parameter == p.Key));
        var choices = Choices(template).ToLookup(c => StageOf(e => e.Factor == "$" + c.Key));
        return [.. LifeCycleStages.All.Where(s => parameters[s.Key].Any() || choices[s.Key].Any())
            .Select(s => new StageFields(s.Key, new Bilingual(s.Zh, s.En), [.. parameters[s.Key]], [.. choices[s.Key]]))];
    }

    /// <summary>The grid factors a choice may take: those in the unit of its default (kWh), by name.</summary>
    public static IReadOnlyList<EmissionFactor> Options(FactorChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var unit = FactorLibrary.Default.Get(choice.Default, choice.Key).Unit;
        return [.. FactorLibrary.Default.Factors.Where(f => f.Unit == unit && f.Series.StartsWith("grid", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>Processes a supplier's footprint may stand in for: every upstream product, not the declared one.</summary>
    public static IReadOnlyList<TemplateProcess> Upstream(ProductTemplate template) =>
        [.. Processes(template).Where(p => p.Output.Product != template.DeclaredUnit.Product)];

    public static ComputeFootprintRequest Read(FormModel form, ProductTemplate template, IReadOnlyList<SupplierFootprintRecord> suppliers, int thisYear, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(errors);
        var name = form.Value(ProductName)?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add(ProductName, "请填写产品名称", "Enter the product's name");
        else if (name.Length > 200) errors.Add(ProductName, "产品名称不超过 200 字", "The product name is at most 200 characters");

        int? year = null;
        if (Filled(form, ReferenceYear) is { } yearText)
        {
            if (!FormNumbers.TryParseInteger(yearText, out var y) || y < 2000 || y > thisYear)
                errors.Add(ReferenceYear, $"核算年度应为 2000 至 {thisYear} 年之间的年份，如 {thisYear - 1}", $"The reference year must be a year from 2000 to {thisYear}, e.g. {thisYear - 1}");
            else year = (int)y;
        }

        double? biogenic = null;
        if (Filled(form, BiogenicCarbonInput.Field) is { } carbonText)
        {
            if (!FormNumbers.TryParseDecimal(carbonText, out var c)) errors.Add(BiogenicCarbonInput.Field, "生物源碳含量应为数字，如 3.5", "The biogenic carbon content must be a number, e.g. 3.5");
            else
            {
                biogenic = (double)c;
                if (BiogenicCarbonInput.Problem(biogenic, template) is { } problem) errors.Add(BiogenicCarbonInput.Field, problem);
            }
        }

        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in Parameters(template))
        {
            if (Filled(form, Parameter(p.Key)) is not { } text) continue;
            var range = $"{CarbonFormat.Number(p.Min)}–{CarbonFormat.Number(p.Max)} {p.Unit}";
            if (!FormNumbers.TryParseDecimal(text, out var value))
                errors.Add(Parameter(p.Key), $"{p.Zh}应为数字（{range}），如 {CarbonFormat.Number(p.Default)}", $"{p.En} must be a number ({range}), e.g. {CarbonFormat.Number(p.Default)}");
            else if ((double)value < p.Min || (double)value > p.Max)
                errors.Add(Parameter(p.Key), $"{p.Zh}应在 {range} 之间", $"{p.En} must lie between {range}");
            else parameters[p.Key] = (double)value;
        }

        var factors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in Choices(template))
        {
            if (Filled(form, Factor(c.Key)) is not { } key) continue;
            if (Options(c).Any(f => f.Key == key)) factors[c.Key] = key;
            else errors.Add(Factor(c.Key), $"请从列表中选择{c.Zh}", $"Choose the {c.En} from the list");
        }

        var chosen = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var p in Upstream(template))
        {
            if (Filled(form, Supplier(p.Output.Product)) is not { } id) continue;
            if (Guid.TryParse(id, out var guid) && suppliers.Any(s => s.Id == guid)) chosen[p.Output.Product] = guid;
            else errors.Add(Supplier(p.Output.Product), "请从列表中选择已导入的供应商碳足迹", "Choose one of the supplier footprints you imported");
        }

        return new ComputeFootprintRequest(template.Id, name, year, parameters, factors, chosen, BiogenicCarbonContentKgC: biogenic);
    }

    private static string? Filled(FormModel form, string name) => form.Value(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static IEnumerable<ProductTemplate> Included(ProductTemplate template) =>
        (template.Includes ?? []).Select(TemplateCatalog.Find).OfType<ProductTemplate>();

    private static IEnumerable<TemplateProcess> Processes(ProductTemplate template) =>
        template.Processes.Concat(Included(template).SelectMany(t => t.Processes));
}
