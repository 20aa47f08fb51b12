using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Contracts;

/// <summary>The LCA matrix method on triplet CSV files, for <c>yiwang lca solve</c>.</summary>
public static class LcaFiles
{
    /// <exception cref="LcaException">An unreadable file (named, with its line) or a singular / badly scaled technosphere.</exception>
    public static LcaSolution Solve(string technospherePath, string biospherePath, string demandPath, string? characterizationPath = null)
    {
        ArgumentNullException.ThrowIfNull(technospherePath);
        ArgumentNullException.ThrowIfNull(biospherePath);
        ArgumentNullException.ThrowIfNull(demandPath);
        var (system, demand) = LcaFileSystem.Load(technospherePath, biospherePath, demandPath, characterizationPath);
        var result = system.Calculate(demand);
        return new LcaSolution(result.Scaling, result.Inventory, result.Impacts, result.Explanations);
    }
}

/// <summary>Scaling s, inventory g = B·s and impacts h = C·g (null without C), in index order, with explanations.</summary>
public sealed record LcaSolution(
    IReadOnlyList<double> Scaling, IReadOnlyList<double> Inventory, IReadOnlyList<double>? Impacts, IReadOnlyList<string> Explanations);
