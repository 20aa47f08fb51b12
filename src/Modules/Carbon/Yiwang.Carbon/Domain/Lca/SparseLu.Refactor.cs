namespace Yiwang.Carbon.Domain.Lca;

// Monte Carlo draws with the managed LU: the block triangular order depends on A's pattern only, so it is computed once.
internal sealed partial class SparseLu
{
    public ILuRefactorization NewRefactorization(SparseMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Rows != n || a.Cols != n) throw new ArgumentException($"the matrix is {a.Rows} × {a.Cols}, the factorized one {n} × {n}", nameof(a));
        return new Refactorization(a, q);
    }

    /// <summary>
    /// Each draw is a full factorization with fresh partial pivoting (the managed LU has no refactorization without
    /// pivoting), but P·A·Pᵀ's pattern and where each stored value lands in it are computed once: a draw only gathers
    /// its values into place. The result is the same, bit for bit, as <see cref="SparseLu.Factorize(SparseMatrix)"/> of the draw.
    /// </summary>
    private sealed class Refactorization : ILuRefactorization
    {
        private readonly int[]? q;
        private readonly SparseMatrix permuted;

        /// <summary>permuted.Values[k] comes from the draw's values[slots[k]]; null without a permutation.</summary>
        private readonly int[]? slots;

        private SparseLu? lu;

        public Refactorization(SparseMatrix a, int[]? q)
        {
            this.q = q;
            if (q is null)
            {
                permuted = a;
                return;
            }

            // Permuting the slot numbers themselves (exact as doubles) tells where every stored entry lands.
            var numbered = a.WithValues([.. Enumerable.Range(0, a.NonZeros).Select(i => (double)i)]);
            permuted = BlockTriangularOrder.Permute(numbered, q);
            slots = [.. permuted.Values.Select(v => (int)v)];
        }

        public string Description => "managed sparse LU with fresh pivoting per draw, block triangular order computed once";

        public bool Factorize(double[] values)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Length != permuted.NonZeros) throw new ArgumentException("one value per stored entry is needed", nameof(values));
            var ordered = values;
            if (slots is not null)
            {
                ordered = new double[slots.Length];
                for (var k = 0; k < slots.Length; k++) ordered[k] = values[slots[k]];
            }

            lu = FactorizeOrdered(permuted.WithValues(ordered), q);
            return true;
        }

        public void Solve(ReadOnlySpan<double> b, Span<double> x) =>
            (lu ?? throw new InvalidOperationException("factorize a draw before solving")).Solve(b, x);

        public void Dispose() => lu = null;
    }
}
