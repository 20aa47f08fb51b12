using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca;

/// <summary>Random sparse technosphere-like matrices for property and reuse tests.</summary>
internal static class RandomSystems
{
    /// <summary>Off-diagonal inputs of either sign with the given density; each diagonal exceeds its column's other entries.</summary>
    public static SparseMatrix DiagonallyDominant(int n, double density, Random random)
    {
        var entries = new List<Triplet>();
        for (var j = 0; j < n; j++)
        {
            var offDiagonal = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (i == j || random.NextDouble() >= density) continue;
                var v = (random.NextDouble() * 2) - 1;
                offDiagonal += Math.Abs(v);
                entries.Add(new Triplet(i, j, v));
            }

            entries.Add(new Triplet(j, j, (offDiagonal + 0.1 + random.NextDouble()) * (random.Next(2) == 0 ? 1 : -1)));
        }

        return SparseMatrix.FromTriplets(n, n, entries);
    }

    /// <summary>The same matrix with its rows shuffled, so the diagonal is no longer where the pivots are.</summary>
    public static SparseMatrix Permuted(SparseMatrix a, Random random)
    {
        var rows = Enumerable.Range(0, a.Rows).ToArray();
        random.Shuffle(rows);
        var entries = new List<Triplet>();
        for (var j = 0; j < a.Cols; j++)
        {
            for (var p = a.ColStart[j]; p < a.ColStart[j + 1]; p++) entries.Add(new Triplet(rows[a.RowIndex[p]], j, a.Values[p]));
        }

        return SparseMatrix.FromTriplets(a.Rows, a.Cols, entries);
    }

    public static double[] Vector(int n, Random random) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 20) - 10).ToArray();

    /// <summary>‖A·s − f‖∞ relative to ‖A‖₁·‖s‖∞ + ‖f‖∞ (the backward-error scale of a stable solver).</summary>
    public static double RelativeResidual(SparseMatrix a, double[] s, double[] f)
    {
        var r = a.Multiply(s);
        var residual = r.Zip(f, (x, y) => Math.Abs(x - y)).Max();
        return residual / ((a.NormOne() * s.Max(Math.Abs)) + f.Max(Math.Abs) + double.Epsilon);
    }
}
