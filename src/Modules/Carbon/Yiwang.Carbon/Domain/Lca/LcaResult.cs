namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// s from A·s = f, g = B·s and (with a characterization matrix) h = C·g, each in index order, plus the explanations
/// of how they were obtained (size, fill, condition estimate and any warning).
/// </summary>
internal sealed record LcaResult(double[] Scaling, double[] Inventory, double[]? Impacts, IReadOnlyList<string> Explanations);
