using System.Buffers;

namespace Yiwang.Carbon.Domain.Lca;

internal sealed partial class KluLu
{
    /// <summary>
    /// KLU's factors copied out once with klu_extract: (Rs⁻¹·A)(P, Q) = L·U + F, with L and U block diagonal (blocks
    /// R[k] … R[k+1]−1; L's unit diagonal first in each column, U's pivot last) and F the strictly block-upper part,
    /// row indices already in pivot order. Solving is klu_solve's block back-substitution with zero columns skipped.
    /// </summary>
    private sealed class Factors
    {
        private readonly int n;
        private readonly int[] lp, li, up, ui, fp, fi, p, q, r;
        private readonly double[] lx, ux, fx, rs;

        private Factors(int n, int lnz, int unz, int nzoff, int blocks)
        {
            this.n = n;
            (lp, li, lx) = (new int[n + 1], new int[lnz], new double[lnz]);
            (up, ui, ux) = (new int[n + 1], new int[unz], new double[unz]);
            (fp, fi, fx) = (new int[n + 1], new int[nzoff], new double[nzoff]);
            (p, q, rs, r) = (new int[n], new int[n], new double[n], new int[blocks + 1]);
        }

        /// <param name="reuse">Arrays to overwrite when their sizes fit (a refactorization keeps the pattern of L and U).</param>
        public static Factors Extract(int n, KluSymbolicHandle symbolic, KluNumericHandle numeric, int blocks, Factors? reuse = null)
        {
            // klu_numeric: lnz at byte 8, unz at 12; klu_symbolic: nzoff at 72.
            var (lnz, unz, nzoff) = (numeric.ReadInt(8), numeric.ReadInt(12), symbolic.ReadInt(72));
            var f = reuse is not null && reuse.n == n && reuse.lx.Length == lnz && reuse.ux.Length == unz && reuse.fx.Length == nzoff && reuse.r.Length == blocks + 1
                ? reuse
                : new Factors(n, lnz, unz, nzoff, blocks);
            var common = KluNative.NewCommon();
            if (KluNative.Extract(numeric, symbolic, f.lp, f.li, f.lx, f.up, f.ui, f.ux, f.fp, f.fi, f.fx, f.p, f.q, f.rs, f.r, ref common) == 0)
                throw Failure("klu_extract", common.Status);
            return f;
        }

        /// <summary>The largest |multiplier| in L: at most 1 under strict partial pivoting, larger when a kept pivot order no longer fits.</summary>
        public double LargestMultiplier()
        {
            var largest = 0.0;
            for (var k = 0; k < n; k++)
            {
                for (var t = lp[k] + 1; t < lp[k + 1]; t++) largest = Math.Max(largest, Math.Abs(lx[t]));
            }

            return largest;
        }

        /// <summary>
        /// The first pivot, in elimination order, not above <paramref name="tolerance"/> times the largest entry of its
        /// column of the row-scaled A (Rs⁻¹·A, what KLU factorizes): SparseLu's test on KLU's factors. Null when none.
        /// </summary>
        public (int Column, double Pivot, double ColumnMax)? NegligiblePivot(SparseMatrix a, double tolerance)
        {
            var rented = ArrayPool<double>.Shared.Rent(n);
            try
            {
                var scale = rented.AsSpan(0, n);
                for (var k = 0; k < n; k++) scale[p[k]] = rs[k];
                for (var k = 0; k < n; k++)
                {
                    var column = q[k];
                    var columnMax = 0.0;
                    for (var t = a.ColStart[column]; t < a.ColStart[column + 1]; t++) columnMax = Math.Max(columnMax, Math.Abs(a.Values[t]) / scale[a.RowIndex[t]]);
                    var pivot = Math.Abs(ux[up[k + 1] - 1]);
                    if (!(pivot > tolerance * columnMax && pivot > 0)) return (column, pivot, columnMax);
                }

                return null;
            }
            finally
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }

        public void Solve(ReadOnlySpan<double> b, Span<double> x)
        {
            var rented = ArrayPool<double>.Shared.Rent(n);
            try
            {
                var w = rented.AsSpan(0, n);
                // Rs is stored in pivot order by klu_factor: row k of the factors is row P[k] of A scaled by 1 / Rs[k].
                for (var k = 0; k < n; k++) w[k] = b[p[k]] / rs[k];
                for (var block = r.Length - 2; block >= 0; block--) SolveBlock(w, r[block], r[block + 1]);
                for (var k = 0; k < n; k++) x[q[k]] = w[k];
            }
            finally
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }

        private void SolveBlock(Span<double> w, int k1, int k2)
        {
            for (var k = k1; k < k2; k++)
            {
                var xk = w[k];
                if (xk == 0) continue;
                for (var t = lp[k] + 1; t < lp[k + 1]; t++) w[li[t]] -= lx[t] * xk;
            }

            for (var k = k2 - 1; k >= k1; k--)
            {
                var xk = w[k];
                if (xk == 0) continue;
                var end = up[k + 1] - 1;
                xk /= ux[end];
                w[k] = xk;
                for (var t = up[k]; t < end; t++) w[ui[t]] -= ux[t] * xk;
            }

            // Earlier blocks' rows that this block's processes use: F holds them, rows in pivot order.
            for (var k = k1; k < k2; k++)
            {
                var xk = w[k];
                if (xk == 0) continue;
                for (var t = fp[k]; t < fp[k + 1]; t++) w[fi[t]] -= fx[t] * xk;
            }
        }
    }
}
