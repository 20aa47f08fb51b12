using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Lca;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Domain.Footprints;

/// <summary>Template + activity data → product system → s, g, h by the matrix method → stages and contributions.</summary>
internal static class FootprintCalculator
{
    public static FootprintResult Calculate(ProductTemplate template, ActivityData activity, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(template);
        var built = ProductSystemBuilder.Build(template, activity, library);
        // The system may hold KLU's native factors: free them when this request is done, not at some later finalizer run.
        using var system = LcaSystem.Factorize(built.Technosphere, built.Biosphere, built.Characterization);
        var result = system.Calculate(built.Demand);
        var total = result.Impacts![0];
        var byColumn = ContributionAnalysis.ByProcess(system, result)[0];

        var gases = built.Gases.Select((g, i) => new GasShare(g.Key, g.Zh, g.En, g.Ar6, result.Inventory[i], result.Inventory[i] * g.Ar6, g.Biogenic))
            .Where(g => g.Kg != 0).OrderByDescending(g => Math.Abs(g.KgCo2e)).ToList();
        var stages = ContributionAnalysis.ByStage([byColumn], [.. built.Columns.Select(c => c.Stage)])
            .Where(s => s.Impacts[0] != 0)
            .OrderBy(s => LifeCycleStages.Order(s.Stage))
            .Select(s =>
            {
                var (key, zh, en) = LifeCycleStages.All[LifeCycleStages.Order(s.Stage)];
                return new StageShare(key, zh, en, s.Impacts[0], Share(s.Impacts[0], total));
            }).ToList();
        var processes = built.Columns.Select((c, j) => new ProcessShare(c.Zh, c.En, c.Stage, byColumn[j], Share(byColumn[j], total), c.Primary, c.Kind.ToString().ToLowerInvariant(), c.Reference))
            .Where(p => p.KgCo2e != 0).OrderByDescending(p => Math.Abs(p.KgCo2e)).ToList();
        var primary = built.Columns.Select((c, j) => c.Primary ? byColumn[j] : 0).Sum();
        var factors = built.Columns.Where(c => c.Kind == ColumnKind.Factor).Select(c => c.Reference!).Distinct(StringComparer.Ordinal)
            .Select(k => library.Find(k)!).Select(f => new UsedFactor(f.Key, f.Zh, f.En, f.Value, f.Gas, f.Unit, f.Source, f.Confidence)).ToList();

        var explanations = result.Explanations.ToList();
        var unconfirmed = factors.Count(f => f.Confidence is not ("official" or "secondary"));
        if (unconfirmed > 0)
            explanations.Add($"{unconfirmed} 个因子为未经核实或起步假设值，发布前应以一手数据或数据库数据替换 / {unconfirmed} factors are unconfirmed or starter assumptions: replace them with primary or database data before publishing");
        if (built.ChosenFactors.Values.Any(f => f.Key.StartsWith("grid.", StringComparison.Ordinal)))
            explanations.Add("电网因子为官方统计的发电燃烧 CO₂ 因子，不含上游与输配损失（GB/T 24067 要求计入）/ grid factors are the official combustion-CO₂ factors, without upstream and T&D losses that GB/T 24067 asks for");

        return new FootprintResult(
            template.Id, template.Version, library.Version, library.Characterization, new Text(template.DeclaredUnit.Zh, template.DeclaredUnit.En), template.Boundary,
            total, gases.Where(g => !g.Biogenic).Sum(g => g.KgCo2e), gases.Where(g => g.Biogenic).Sum(g => g.KgCo2e),
            stages.Where(s => LifeCycleStages.IsCradleToGate(s.Stage)).Sum(s => s.KgCo2e), Share(primary, total),
            gases, stages, processes, factors, built.Parameters, explanations, FootprintUncertainty.Run(system, built, library));
    }

    private static double Share(double part, double total) => total == 0 ? 0 : part / total;
}
