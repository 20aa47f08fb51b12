namespace Yiwang.Carbon.Domain.Lca;

// The sparse triangular solve of one column during factorization: CSparse's cs_spsolve / cs_reach / cs_dfs.
internal sealed partial class SparseLu
{
    /// <summary>
    /// Solves L·x = A(:,k) over the columns of L finished so far. Returns <c>top</c>: the nonzero rows of x are
    /// xi[top..n-1] in topological order. L's row indices are still rows of A here; they are permuted at the end.
    /// </summary>
    private static int SolveColumn(SparseMatrix a, int k, Factors l, int[] pinv, double[] x, int[] xi, int[] marks)
    {
        var n = pinv.Length;
        var stamp = k + 1;
        var top = n;
        for (var p = a.ColStart[k]; p < a.ColStart[k + 1]; p++)
        {
            var i = a.RowIndex[p];
            if (marks[i] != stamp) top = Dfs(i, l, top, xi, pinv, marks, stamp);
        }

        for (var p = top; p < n; p++) x[xi[p]] = 0;
        for (var p = a.ColStart[k]; p < a.ColStart[k + 1]; p++) x[a.RowIndex[p]] = a.Values[p];
        for (var px = top; px < n; px++)
        {
            var j = xi[px];
            var column = pinv[j];
            if (column < 0) continue;
            var xj = x[j];
            // The unit diagonal is stored first in each column of L.
            for (var p = l.Start[column] + 1; p < l.Start[column + 1]; p++) x[l.Row[p]] -= l.Value[p] * xj;
        }

        return top;
    }

    /// <summary>Non-recursive depth-first search from row j through the graph of L; xi[n..2n-1] holds the resume points.</summary>
    private static int Dfs(int start, Factors l, int top, int[] xi, int[] pinv, int[] marks, int stamp)
    {
        var n = pinv.Length;
        var head = 0;
        xi[0] = start;
        while (head >= 0)
        {
            var j = xi[head];
            var column = pinv[j];
            if (marks[j] != stamp)
            {
                marks[j] = stamp;
                xi[n + head] = column < 0 ? 0 : l.Start[column];
            }

            var done = true;
            var end = column < 0 ? 0 : l.Start[column + 1];
            for (var p = xi[n + head]; p < end; p++)
            {
                var i = l.Row[p];
                if (marks[i] == stamp) continue;
                xi[n + head] = p;
                xi[++head] = i;
                done = false;
                break;
            }

            if (done)
            {
                head--;
                xi[--top] = j;
            }
        }

        return top;
    }
}
