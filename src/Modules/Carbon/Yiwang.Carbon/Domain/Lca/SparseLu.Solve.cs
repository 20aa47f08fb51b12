namespace Yiwang.Carbon.Domain.Lca;

// Solves with a finished factorization P·A = L·U; both directions, the transposed one for the condition estimate.
internal sealed partial class SparseLu
{
    /// <summary>x with A·x = b.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        CheckLength(b.Length, nameof(b));
        return Unpermute(SolvePermuted(Permute(b)));
    }

    /// <summary>y with Aᵀ·y = c; (P·A·Pᵀ)ᵀ = P·Aᵀ·Pᵀ, so the same permutation applies.</summary>
    public double[] SolveTransposed(ReadOnlySpan<double> c)
    {
        CheckLength(c.Length, nameof(c));
        return Unpermute(SolveTransposedPermuted(Permute(c)));
    }

    private double[] Permute(ReadOnlySpan<double> b)
    {
        var bp = b.ToArray();
        if (q is null) return bp;
        for (var k = 0; k < n; k++) bp[k] = b[q[k]];
        return bp;
    }

    private double[] Unpermute(double[] xp)
    {
        if (q is null) return xp;
        var x = new double[n];
        for (var k = 0; k < n; k++) x[q[k]] = xp[k];
        return x;
    }

    private double[] SolvePermuted(double[] b)
    {
        var x = new double[n];
        for (var i = 0; i < n; i++) x[pinv[i]] = b[i];
        for (var j = 0; j < n; j++)
        {
            var xj = x[j];
            if (xj == 0) continue;
            for (var p = lStart[j] + 1; p < lStart[j + 1]; p++) x[lRow[p]] -= lValue[p] * xj;
        }

        for (var j = n - 1; j >= 0; j--)
        {
            // The pivot is stored last in each column of U.
            x[j] /= uValue[uStart[j + 1] - 1];
            var xj = x[j];
            for (var p = uStart[j]; p < uStart[j + 1] - 1; p++) x[uRow[p]] -= uValue[p] * xj;
        }

        return x;
    }

    /// <summary>Uᵀ·Lᵀ·P·y = c for the permuted matrix.</summary>
    private double[] SolveTransposedPermuted(double[] c)
    {
        var w = new double[n];
        for (var j = 0; j < n; j++)
        {
            var sum = c[j];
            for (var p = uStart[j]; p < uStart[j + 1] - 1; p++) sum -= uValue[p] * w[uRow[p]];
            w[j] = sum / uValue[uStart[j + 1] - 1];
        }

        for (var j = n - 1; j >= 0; j--)
        {
            var sum = w[j];
            for (var p = lStart[j] + 1; p < lStart[j + 1]; p++) sum -= lValue[p] * w[lRow[p]];
            w[j] = sum;
        }

        var y = new double[n];
        for (var i = 0; i < n; i++) y[i] = w[pinv[i]];
        return y;
    }

    /// <summary>
    /// Hager's estimate of ‖A⁻¹‖₁ (as in LAPACK's xLACON) times ‖A‖₁: a few solves instead of the inverse, which
    /// would be dense and is exactly what the LCA literature warns against.
    /// </summary>
    public double ConditionEstimate(double normOfA)
    {
        if (n == 0) return 0;
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var estimate = 0.0;
        var previous = -1;
        for (var iteration = 0; iteration < 5; iteration++)
        {
            var y = Solve(x);
            var norm = y.Sum(Math.Abs);
            if (iteration > 0 && norm <= estimate) break;
            estimate = norm;
            var z = SolveTransposed(y.Select(v => v >= 0 ? 1.0 : -1.0).ToArray());
            var j = 0;
            for (var i = 1; i < n; i++)
            {
                if (Math.Abs(z[i]) > Math.Abs(z[j])) j = i;
            }

            var zx = 0.0;
            for (var i = 0; i < n; i++) zx += z[i] * x[i];
            if (iteration > 0 && (j == previous || Math.Abs(z[j]) <= zx)) break;
            Array.Clear(x);
            x[j] = 1;
            previous = j;
        }

        return normOfA * estimate;
    }

    private void CheckLength(int length, string paramName)
    {
        if (length != n) throw new ArgumentException($"vector has {length} entries, the factorized matrix is {n} × {n}", paramName);
    }
}
