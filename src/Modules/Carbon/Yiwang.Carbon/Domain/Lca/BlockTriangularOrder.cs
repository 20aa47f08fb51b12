namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// A symmetric permutation q (new index → old index) such that P·A·Pᵀ is block upper triangular: the strongly
/// connected components of A's graph (Tarjan, iterative — recursion would overflow the stack on 20k+ processes)
/// in topological order. Every LCA process produces its own reference product, so the diagonal is structurally
/// nonzero and a symmetric permutation suffices (no Dulmage–Mendelsohn matching needed). With the off-diagonal
/// blocks above the diagonal they land in U untouched, and L only fills inside the loops (the diagonal blocks).
/// </summary>
internal static class BlockTriangularOrder
{
    public static int[] Compute(SparseMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var n = a.Cols;
        var order = new int[n];
        var filled = 0;
        var index = new int[n];
        Array.Fill(index, -1);
        var low = new int[n];
        var next = new int[n];
        var onStack = new bool[n];
        var components = new int[n];
        var (componentTop, calls) = (0, new int[n]);
        var counter = 0;
        for (var start = 0; start < n; start++)
        {
            if (index[start] >= 0) continue;
            var callTop = 0;
            Visit(start);
            while (callTop > 0)
            {
                var v = calls[callTop - 1];
                if (next[v] < a.ColStart[v + 1])
                {
                    // Edge column v → row w: process v uses product w, so w's block must come first.
                    var w = a.RowIndex[next[v]++];
                    if (index[w] < 0) Visit(w);
                    else if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                    continue;
                }

                callTop--;
                if (callTop > 0) low[calls[callTop - 1]] = Math.Min(low[calls[callTop - 1]], low[v]);
                if (low[v] != index[v]) continue;
                var first = filled;
                int member;
                do
                {
                    member = components[--componentTop];
                    onStack[member] = false;
                    order[filled++] = member;
                }
                while (member != v);

                // Natural order inside a loop keeps results and singularity reports (which column breaks down) as
                // they were without the ordering; sorting is cheap next to the factorization.
                Array.Sort(order, first, filled - first);
            }

            void Visit(int node)
            {
                index[node] = low[node] = counter++;
                next[node] = a.ColStart[node];
                components[componentTop++] = node;
                onStack[node] = true;
                calls[callTop++] = node;
            }
        }

        return order;
    }

    /// <summary>C = P·A·Pᵀ, i.e. C[k, l] = A[q[k], q[l]].</summary>
    public static SparseMatrix Permute(SparseMatrix a, int[] q)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(q);
        var inverse = new int[q.Length];
        for (var k = 0; k < q.Length; k++) inverse[q[k]] = k;
        var entries = new Triplet[a.NonZeros];
        var e = 0;
        for (var j = 0; j < a.Cols; j++)
        {
            for (var p = a.ColStart[j]; p < a.ColStart[j + 1]; p++) entries[e++] = new Triplet(inverse[a.RowIndex[p]], inverse[j], a.Values[p]);
        }

        return SparseMatrix.FromTriplets(a.Rows, a.Cols, entries);
    }
}
