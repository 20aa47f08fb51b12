using System.Globalization;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Lca;
using Yiwang.Carbon.Domain.Lca.Uncertainty;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Domain.Footprints;

/// <summary>
/// Monte Carlo over the emission amounts (B) of a built product system: each factor entry is lognormal around its
/// value with a geometric standard deviation set by the factor's confidence label, supplier footprints and direct
/// emissions around theirs. These spreads are a stated default in the spirit of the ecoinvent pedigree approach,
/// not measured uncertainties; the page says so. A stays fixed, so one factorization serves every draw.
/// </summary>
internal static class FootprintUncertainty
{
    public const int Iterations = 1000;
    public const int Seed = 20_240_823; // GB/T 24067-2024 publication date; any fixed seed makes runs repeatable

    public static UncertaintyResult Run(LcaSystem system, ProductSystem built, FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(built);
        var b = built.Biosphere;
        var entries = new List<UncertainEntry>();
        for (var j = 0; j < b.Cols; j++)
        {
            var gsd = GeometricSd(built.Columns[j], library);
            for (var p = b.ColStart[j]; p < b.ColStart[j + 1]; p++)
            {
                if (b.Values[p] != 0) entries.Add(new UncertainEntry(LcaMatrix.Biosphere, b.RowIndex[p], j, new Lognormal(b.Values[p], Math.Log(gsd))));
            }
        }

        var mc = MonteCarlo.Run(system, built.Demand, entries, Iterations, Seed, [0.025, 0.5, 0.975]);
        return new UncertaintyResult(Iterations, Seed, mc.Mean[0], mc.Percentiles[0.025][0], mc.Percentiles[0.5][0], mc.Percentiles[0.975][0],
            string.Create(CultureInfo.InvariantCulture,
                $"lognormal on every emission amount; geometric SD 1.05 official, 1.10 secondary / supplier PACT / direct emissions, 1.30 unconfirmed, 1.50 assumption; {Iterations} draws, seed {Seed}"));
    }

    private static double GeometricSd(SystemColumn column, FactorLibrary library) => column.Kind switch
    {
        ColumnKind.Factor => library.Find(column.Reference!)?.Confidence switch
        {
            "official" => 1.05,
            "secondary" => 1.10,
            "unconfirmed" => 1.30,
            _ => 1.50,
        },
        _ => 1.10,
    };
}

/// <summary>Mean and the 2.5 / 50 / 97.5 percentiles of the footprint (kg CO2e per declared unit).</summary>
internal sealed record UncertaintyResult(int Iterations, int Seed, double Mean, double P025, double P50, double P975, string Method);
