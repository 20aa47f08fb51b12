using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Contracts;

/// <summary>The LCA matrix method on triplet CSV files, for <c>yiwang lca solve</c>.</summary>
public static class LcaFiles
{
    /// <param name="solver">Null: YIWANG_LCA_SOLVER, else auto (KLU when libklu.so.1 loads, the managed LU otherwise).</param>
    /// <exception cref="LcaException">An unreadable file (named, with its line), a singular / badly scaled technosphere, or KLU requested but absent.</exception>
    public static LcaSolution Solve(
        string technospherePath, string biospherePath, string demandPath, string? characterizationPath = null, LcaSolverKind? solver = null)
    {
        ArgumentNullException.ThrowIfNull(technospherePath);
        ArgumentNullException.ThrowIfNull(biospherePath);
        ArgumentNullException.ThrowIfNull(demandPath);
        var (system, demand) = LcaFileSystem.Load(technospherePath, biospherePath, demandPath, characterizationPath, solver);
        using (system)
        {
            var result = system.Calculate(demand);
            return new LcaSolution(result.Scaling, result.Inventory, result.Impacts, result.Explanations);
        }
    }
}

/// <summary>Scaling s, inventory g = B·s and impacts h = C·g (null without C), in index order, with explanations.</summary>
public sealed record LcaSolution(
    IReadOnlyList<double> Scaling, IReadOnlyList<double> Inventory, IReadOnlyList<double>? Impacts, IReadOnlyList<string> Explanations);
