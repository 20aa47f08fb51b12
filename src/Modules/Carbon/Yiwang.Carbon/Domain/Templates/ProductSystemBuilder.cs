using System.Globalization;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Domain.Templates;

/// <summary>
/// Turns a template plus an enterprise's activity data into the A, B, C matrices of the matrix method. Each
/// foreground process is a column producing its own product row. Each factor input becomes its own background
/// column (one unit of the factor's unit, emitting the factor's gas), one per consuming exchange, so that its
/// emissions land in the consumer's life-cycle stage and show up by name in the contributions. A supplier's
/// footprint replaces the process that would have made that product.
/// </summary>
internal static class ProductSystemBuilder
{
    public static ProductSystem Build(ProductTemplate template, ActivityData activity, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(library);
        var (processes, parameters, choices) = Merge(template);
        var values = ParameterValues(parameters, activity.Parameters);
        var chosen = FactorChoices(choices, activity.Factors, library);
        var suppliers = activity.Suppliers ?? new Dictionary<string, SupplierInput>();
        foreach (var product in suppliers.Keys)
        {
            if (!processes.Any(p => p.Output.Product == product))
                throw new ProductModelException($"模板中没有产品“{product}”，无法关联供应商数据", $"the template makes no product '{product}' to link a supplier footprint to", $"suppliers.{product}");
        }

        var foreground = processes.Where(p => !suppliers.ContainsKey(p.Output.Product)).ToList();
        var builder = new Builder(library, values, activity.Parameters ?? new Dictionary<string, double>());
        foreach (var p in foreground) builder.AddProcess(p);
        var replacedStage = processes.Where(p => suppliers.ContainsKey(p.Output.Product)).ToDictionary(p => p.Output.Product, p => p.Stage, StringComparer.Ordinal);
        foreach (var p in foreground) builder.Link(p, chosen, suppliers, replacedStage);
        var declared = template.DeclaredUnit;
        var row = builder.ProductRow(declared.Product, "declared unit");
        var demand = new double[builder.Columns.Count];
        demand[row.Row] = declared.Amount * Units.Factor(declared.Unit, row.Unit, "declared unit");
        return builder.Finish(demand, values, chosen);
    }

    private static (List<TemplateProcess>, List<TemplateParameter>, List<FactorChoice>) Merge(ProductTemplate template)
    {
        var processes = template.Processes.ToList();
        var parameters = template.Parameters.ToList();
        var choices = template.FactorChoices.ToList();
        foreach (var id in template.Includes ?? [])
        {
            var included = TemplateCatalog.Find(id) ?? throw new InvalidDataException($"template {template.Id} includes unknown template {id}");
            var (p, q, c) = Merge(included);
            processes.AddRange(p);
            parameters.AddRange(q.Where(x => parameters.All(y => y.Key != x.Key)));
            choices.AddRange(c.Where(x => choices.All(y => y.Key != x.Key)));
        }

        return (processes, parameters, choices);
    }

    private static Dictionary<string, double> ParameterValues(List<TemplateParameter> parameters, IReadOnlyDictionary<string, double>? given)
    {
        var values = parameters.ToDictionary(p => p.Key, p => p.Default, StringComparer.Ordinal);
        foreach (var (key, value) in given ?? new Dictionary<string, double>())
        {
            var p = parameters.Find(x => x.Key == key)
                ?? throw new ProductModelException($"模板没有参数“{key}”", $"the template has no parameter '{key}'", $"parameters.{key}");
            if (!double.IsFinite(value) || value < p.Min || value > p.Max)
            {
                throw new ProductModelException(
                    string.Create(CultureInfo.InvariantCulture, $"{p.Zh}应在 {p.Min}–{p.Max} {p.Unit} 之间"),
                    string.Create(CultureInfo.InvariantCulture, $"{p.En} must lie between {p.Min} and {p.Max} {p.Unit}"), $"parameters.{key}");
            }

            values[key] = value;
        }

        return values;
    }

    private static Dictionary<string, EmissionFactor> FactorChoices(List<FactorChoice> choices, IReadOnlyDictionary<string, string>? given, FactorLibrary library)
    {
        var chosen = choices.ToDictionary(c => c.Key, c => library.Get(c.Default, c.Key), StringComparer.Ordinal);
        foreach (var (key, factorKey) in given ?? new Dictionary<string, string>())
        {
            _ = choices.Find(c => c.Key == key)
                ?? throw new ProductModelException($"模板没有可选因子“{key}”", $"the template has no factor choice '{key}'", $"factors.{key}");
            var factor = library.Find(factorKey)
                ?? throw new ProductModelException($"因子库中没有“{factorKey}”", $"factor '{factorKey}' is not in the factor set", $"factors.{key}");
            var current = chosen[key];
            Units.Factor(factor.Unit, current.Unit, $"factors.{key}"); // same dimension as the default or refused
            if (factor.Series == "ets-reporting")
            {
                throw new ProductModelException("碳市场报告用电网因子不适用于产品碳足迹，请选用统计口径的电网排放因子",
                    "the carbon-market reporting grid factor is not for product footprints; choose a statistical grid factor", $"factors.{key}");
            }

            chosen[key] = factor;
        }

        return chosen;
    }

    private sealed class Builder(FactorLibrary library, Dictionary<string, double> values, IReadOnlyDictionary<string, double> given)
    {
        private readonly Dictionary<string, (int Row, string Unit)> products = new(StringComparer.Ordinal);
        private readonly List<Triplet> a = [];
        private readonly List<Triplet> b = [];
        private readonly List<string> flows = [];

        public List<SystemColumn> Columns { get; } = [];

        public void AddProcess(TemplateProcess p)
        {
            if (!LifeCycleStages.IsKnown(p.Stage)) throw new InvalidDataException($"process {p.Key}: unknown stage {p.Stage}");
            if (!products.TryAdd(p.Output.Product, (Columns.Count, p.Output.Unit))) throw new InvalidDataException($"product {p.Output.Product} is made twice");
            var primary = (p.Emissions ?? []).Any(e => e.Parameter is not null && given.ContainsKey(e.Parameter));
            a.Add(new Triplet(Columns.Count, Columns.Count, p.Output.Amount));
            Columns.Add(new SystemColumn(p.Zh, p.En, p.Stage, primary, ColumnKind.Process, null));
        }

        public (int Row, string Unit) ProductRow(string product, string where) =>
            products.TryGetValue(product, out var row) ? row : throw new InvalidDataException($"{where}: no process makes {product}");

        public void Link(TemplateProcess p, Dictionary<string, EmissionFactor> chosen, IReadOnlyDictionary<string, SupplierInput> suppliers, Dictionary<string, string> replacedStage)
        {
            var column = ProductRow(p.Output.Product, p.Key).Row;
            foreach (var x in p.Inputs ?? [])
            {
                var amount = Amount(x, p.Key);
                var primary = x.Parameter is not null && given.ContainsKey(x.Parameter);
                var stage = x.Stage ?? p.Stage;
                if (x.Product is not null && suppliers.TryGetValue(x.Product, out var supplier))
                {
                    // The supplier stands in for the template's process, so it keeps that process's stage.
                    var k = Background(supplier.Zh, supplier.En, replacedStage[x.Product], true, ColumnKind.Supplier, supplier.Reference);
                    a.Add(new Triplet(k, column, -amount * Units.Factor(x.Unit, supplier.Unit, $"{p.Key} ← {x.Product}")));
                    b.Add(new Triplet(Flow("CO2e"), k, supplier.KgCo2ePerUnit));
                }
                else if (x.Product is not null)
                {
                    var (row, unit) = ProductRow(x.Product, p.Key);
                    a.Add(new Triplet(row, column, -amount * Units.Factor(x.Unit, unit, $"{p.Key} ← {x.Product}")));
                }
                else if (x.Factor is not null)
                {
                    var factor = x.Factor.StartsWith('$')
                        ? chosen.GetValueOrDefault(x.Factor[1..]) ?? throw new InvalidDataException($"{p.Key}: no factor choice {x.Factor}")
                        : library.Get(x.Factor, p.Key);
                    var k = Background($"{factor.Zh}（{p.Zh}）", $"{factor.En} ({p.En})", stage, primary, ColumnKind.Factor, factor.Key);
                    a.Add(new Triplet(k, column, -amount * Units.Factor(x.Unit, factor.Unit, $"{p.Key} ← {factor.Key}")));
                    b.Add(new Triplet(Flow(factor.Gas), k, factor.Value));
                }
                else throw new InvalidDataException($"{p.Key}: an input needs a product or a factor");
            }

            foreach (var e in p.Emissions ?? [])
            {
                var gas = library.Gas(e.Gas ?? throw new InvalidDataException($"{p.Key}: an emission needs a gas"));
                b.Add(new Triplet(Flow(gas.Key), column, Amount(e, p.Key) * Units.Factor(e.Unit, "kg", $"{p.Key} → {gas.Key}")));
            }
        }

        public ProductSystem Finish(double[] demand, Dictionary<string, double> parameterValues, Dictionary<string, EmissionFactor> chosen)
        {
            var n = Columns.Count;
            var gases = flows.Select(library.Gas).ToList();
            var technosphere = SparseMatrix.FromTriplets(n, n, a);
            var biosphere = SparseMatrix.FromTriplets(flows.Count, n, b);
            var characterization = SparseMatrix.FromTriplets(1, flows.Count, gases.Select((g, i) => new Triplet(0, i, g.Ar6)));
            return new ProductSystem(technosphere, biosphere, characterization, demand, Columns, gases, parameterValues, chosen);
        }

        private double Amount(TemplateExchange x, string where)
        {
            if (x.Parameter is null) return x.Amount;
            return values.TryGetValue(x.Parameter, out var v) ? x.Amount * v : throw new InvalidDataException($"{where}: unknown parameter {x.Parameter}");
        }

        private int Background(string zh, string en, string stage, bool primary, ColumnKind kind, string reference)
        {
            var k = Columns.Count;
            a.Add(new Triplet(k, k, 1));
            Columns.Add(new SystemColumn(zh, en, stage, primary, kind, reference));
            return k;
        }

        private int Flow(string gas)
        {
            var i = flows.IndexOf(gas);
            if (i >= 0) return i;
            flows.Add(gas);
            return flows.Count - 1;
        }
    }
}

internal enum ColumnKind
{
    Process,
    Factor,
    Supplier,
}

/// <summary>One column of the built system: who it is, its stage, whether its amount is the enterprise's own (primary) data.</summary>
internal sealed record SystemColumn(string Zh, string En, string Stage, bool Primary, ColumnKind Kind, string? Reference);

internal sealed record ProductSystem(
    SparseMatrix Technosphere, SparseMatrix Biosphere, SparseMatrix Characterization, double[] Demand, IReadOnlyList<SystemColumn> Columns,
    IReadOnlyList<GasInfo> Gases, IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, EmissionFactor> ChosenFactors);
