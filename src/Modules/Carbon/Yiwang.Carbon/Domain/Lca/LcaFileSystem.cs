using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Builds an <see cref="LcaSystem"/> and demand vector from triplet files. Sizes come from the highest index used:
/// A is n × n, B has A's n columns, C has B's rows; an index beyond those is a dimension mismatch at its line.
/// </summary>
internal static class LcaFileSystem
{
    public static (LcaSystem System, double[] Demand) Load(
        string technospherePath, string biospherePath, string demandPath, string? characterizationPath, LcaSolverKind? solver = null)
    {
        var a = TripletCsv.Read(technospherePath, TripletCsv.MatrixHeader);
        var maxRow = a.Count == 0 ? -1 : a.Max(l => l.Indices[0]);
        var maxCol = a.Count == 0 ? -1 : a.Max(l => l.Indices[1]);
        if (a.Count == 0) throw TripletCsv.Error(technospherePath, 1, "技术矩阵为空 / the technosphere matrix has no entries");
        if (maxRow != maxCol)
        {
            var line = a.First(l => l.Indices[0] == Math.Max(maxRow, maxCol) || l.Indices[1] == Math.Max(maxRow, maxCol));
            throw TripletCsv.Error(technospherePath, line.Number,
                $"维度不符 / dimension mismatch: the technosphere must be square, but its highest row index is {maxRow} and its highest column index {maxCol}");
        }

        var n = maxRow + 1;
        var b = TripletCsv.Read(biospherePath, TripletCsv.MatrixHeader);
        CheckBound(biospherePath, b, 1, n, "column (process)");
        var flows = b.Count == 0 ? 0 : b.Max(l => l.Indices[0]) + 1;
        var f = TripletCsv.Read(demandPath, TripletCsv.DemandHeader);
        CheckBound(demandPath, f, 0, n, "index (product)");
        var demand = new double[n];
        foreach (var line in f) demand[line.Indices[0]] += line.Value;

        SparseMatrix? c = null;
        if (characterizationPath is not null)
        {
            var cLines = TripletCsv.Read(characterizationPath, TripletCsv.MatrixHeader);
            CheckBound(characterizationPath, cLines, 1, flows, "column (elementary flow)");
            c = ToMatrix(cLines, cLines.Count == 0 ? 0 : cLines.Max(l => l.Indices[0]) + 1, flows);
        }

        return (LcaSystem.Factorize(ToMatrix(a, n, n), ToMatrix(b, flows, n), c, solver), demand);
    }

    private static void CheckBound(string path, List<TripletCsv.Line> lines, int cell, int size, string what)
    {
        foreach (var line in lines)
        {
            if (line.Indices[cell] >= size)
                throw TripletCsv.Error(path, line.Number, $"维度不符 / dimension mismatch: {what} {line.Indices[cell]} is beyond the {size} available (0 … {size - 1})");
        }
    }

    private static SparseMatrix ToMatrix(List<TripletCsv.Line> lines, int rows, int cols) =>
        SparseMatrix.FromTriplets(rows, cols, lines.Select(l => new Triplet(l.Indices[0], l.Indices[1], l.Value)));
}
