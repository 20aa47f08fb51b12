using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Sparse LU factorization P·A = L·U with partial pivoting, left-looking (Gilbert–Peierls, as in Davis' CSparse
/// <c>cs_lu</c>): each column is a sparse triangular solve whose nonzero pattern is found by a depth-first search, so
/// work is proportional to the arithmetic, not to n². A is first permuted symmetrically to block triangular form
/// (<see cref="BlockTriangularOrder"/>) so fill stays inside the loops; inside a loop the natural order is kept.
/// Factorize once, then <see cref="Solve"/> for as many demand vectors as needed.
/// </summary>
internal sealed partial class SparseLu : ILuFactorization
{
    /// <summary>A pivot below this fraction of its column's largest entry in A counts as zero (numerical singularity).</summary>
    internal const double RelativePivotTolerance = 1e-13;

    private readonly int n;
    private readonly int[] lStart, lRow, uStart, uRow;
    private readonly double[] lValue, uValue;

    /// <summary>pinv[row of A] = pivot step (row of U) that eliminated it.</summary>
    private readonly int[] pinv;

    /// <summary>q[k] = original index of permuted row and column k; null when A was factorized in natural order.</summary>
    private readonly int[]? q;

    private SparseLu(int n, int[] pinv, int[]? q, Factors l, Factors u)
    {
        this.n = n;
        this.pinv = pinv;
        this.q = q;
        (lStart, lRow, lValue) = (l.Start, [.. l.Row], [.. l.Value]);
        (uStart, uRow, uValue) = (u.Start, [.. u.Row], [.. u.Value]);
    }

    public int Size => n;

    public string Solver => "managed";

    public long FactorNonZeros => lRow.Length + uRow.Length;

    /// <summary>The symmetric permutation used (new index → original index); the identity without ordering.</summary>
    public IReadOnlyList<int> Permutation => q ?? [.. Enumerable.Range(0, n)];

    public static SparseLu Factorize(SparseMatrix a) => Factorize(a, blockTriangular: true);

    /// <summary><paramref name="blockTriangular"/> false keeps the natural order (for comparisons in tests).</summary>
    internal static SparseLu Factorize(SparseMatrix original, bool blockTriangular)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Rows != original.Cols)
            throw new LcaException($"技术矩阵必须是方阵 / the technosphere matrix must be square, it is {original.Rows} × {original.Cols}");
        var q = blockTriangular ? BlockTriangularOrder.Compute(original) : null;
        return FactorizeOrdered(q is null ? original : BlockTriangularOrder.Permute(original, q), q);
    }

    /// <param name="a">A already permuted to P·A·Pᵀ by <paramref name="q"/> (A itself when q is null).</param>
    private static SparseLu FactorizeOrdered(SparseMatrix a, int[]? q)
    {
        var n = a.Rows;
        var l = new Factors(n, a.NonZeros);
        var u = new Factors(n, a.NonZeros);
        var pinv = new int[n];
        Array.Fill(pinv, -1);
        var x = new double[n];
        var stack = new int[2 * n];
        var marks = new int[n];
        for (var k = 0; k < n; k++)
        {
            l.Start[k] = l.Row.Count;
            u.Start[k] = u.Row.Count;
            var top = SolveColumn(a, k, l, pinv, x, stack, marks);
            var (pivotRow, best) = (-1, -1.0);
            for (var p = top; p < n; p++)
            {
                var i = stack[p];
                if (pinv[i] < 0)
                {
                    if (Math.Abs(x[i]) > best) (pivotRow, best) = (i, Math.Abs(x[i]));
                }
                else
                {
                    u.Add(pinv[i], x[i]);
                }
            }

            CheckPivot(a, k, q?[k] ?? k, pivotRow, best);

            // Keep the diagonal when it is as good as the best: it preserves the process ↔ product pairing and its sparsity.
            if (pinv[k] < 0 && Math.Abs(x[k]) >= best) pivotRow = k;
            var pivot = x[pivotRow];
            u.Add(k, pivot);
            pinv[pivotRow] = k;
            l.Add(pivotRow, 1);
            for (var p = top; p < n; p++)
            {
                var i = stack[p];
                if (pinv[i] < 0) l.Add(i, x[i] / pivot);
                x[i] = 0;
            }
        }

        l.Start[n] = l.Row.Count;
        u.Start[n] = u.Row.Count;
        for (var p = 0; p < l.Row.Count; p++) l.Row[p] = pinv[l.Row[p]];
        return new SparseLu(n, pinv, q, l, u);
    }

    /// <summary><paramref name="column"/> is k mapped back through the permutation: callers know processes by their own index.</summary>
    private static void CheckPivot(SparseMatrix a, int k, int column, int pivotRow, double best)
    {
        var columnMax = 0.0;
        for (var p = a.ColStart[k]; p < a.ColStart[k + 1]; p++) columnMax = Math.Max(columnMax, Math.Abs(a.Values[p]));
        if (pivotRow >= 0 && best > RelativePivotTolerance * columnMax && best > 0) return;
        var why = columnMax == 0
            ? SingularMatrix.EmptyColumn
            : pivotRow < 0
                ? SingularMatrix.Structural
                : SingularMatrix.Negligible(best, columnMax);
        throw SingularMatrix.Error(column, why, best);
    }

    /// <summary>Growable column storage for L or U while the factorization runs.</summary>
    private sealed class Factors(int n, int capacity)
    {
        public int[] Start { get; } = new int[n + 1];

        public List<int> Row { get; } = new(capacity);

        public List<double> Value { get; } = new(capacity);

        public void Add(int row, double value)
        {
            Row.Add(row);
            Value.Add(value);
        }
    }
}
