namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// A compressed sparse column (CSC) matrix. Column storage because the LU factorization works column by column,
/// as CSparse and UMFPACK do (Brightway converts to CSC for the same reason).
/// </summary>
internal sealed class SparseMatrix
{
    private SparseMatrix(int rows, int cols, int[] colStart, int[] rowIndex, double[] values)
    {
        Rows = rows;
        Cols = cols;
        ColStart = colStart;
        RowIndex = rowIndex;
        Values = values;
    }

    public int Rows { get; }

    public int Cols { get; }

    /// <summary>Entries of column j are at positions ColStart[j] .. ColStart[j + 1] - 1, rows ascending.</summary>
    public int[] ColStart { get; }

    public int[] RowIndex { get; }

    public double[] Values { get; }

    public int NonZeros => ColStart[Cols];

    /// <summary>Compresses coordinate entries column by column (CSparse's cs_compress + cs_dupl), summing duplicates.</summary>
    public static SparseMatrix FromTriplets(int rows, int cols, IEnumerable<Triplet> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyList<Triplet> ?? [.. entries];
        var count = new int[cols + 1];
        foreach (var t in list)
        {
            if ((uint)t.Row >= (uint)rows || (uint)t.Col >= (uint)cols)
                throw new ArgumentOutOfRangeException(nameof(entries), $"entry ({t.Row}, {t.Col}) lies outside a {rows} × {cols} matrix");
            count[t.Col + 1]++;
        }

        for (var j = 0; j < cols; j++) count[j + 1] += count[j];
        var next = count[..cols];
        var order = new (int Row, double Value)[list.Count];
        foreach (var t in list) order[next[t.Col]++] = (t.Row, t.Value);

        var colStart = new int[cols + 1];
        var rowIndex = new List<int>(list.Count);
        var values = new List<double>(list.Count);
        for (var j = 0; j < cols; j++)
        {
            var column = order.AsSpan(count[j], count[j + 1] - count[j]);
            column.Sort((x, y) => x.Row.CompareTo(y.Row));
            foreach (var (row, value) in column)
            {
                if (rowIndex.Count > colStart[j] && rowIndex[^1] == row) values[^1] += value;
                else
                {
                    rowIndex.Add(row);
                    values.Add(value);
                }
            }

            colStart[j + 1] = rowIndex.Count;
        }

        return new SparseMatrix(rows, cols, colStart, [.. rowIndex], [.. values]);
    }

    public static SparseMatrix FromDense(double[][] dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var cols = dense.Length == 0 ? 0 : dense[0].Length;
        var entries = new List<Triplet>();
        for (var i = 0; i < dense.Length; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                if (dense[i][j] != 0) entries.Add(new Triplet(i, j, dense[i][j]));
            }
        }

        return FromTriplets(dense.Length, cols, entries);
    }

    public double this[int row, int col]
    {
        get
        {
            for (var p = ColStart[col]; p < ColStart[col + 1]; p++)
            {
                if (RowIndex[p] == row) return Values[p];
            }

            return 0;
        }
    }

    /// <summary>y = M·x.</summary>
    public double[] Multiply(ReadOnlySpan<double> x)
    {
        if (x.Length != Cols) throw new ArgumentException($"vector has {x.Length} entries, the matrix {Cols} columns", nameof(x));
        var y = new double[Rows];
        for (var j = 0; j < Cols; j++)
        {
            var xj = x[j];
            if (xj == 0) continue;
            for (var p = ColStart[j]; p < ColStart[j + 1]; p++) y[RowIndex[p]] += Values[p] * xj;
        }

        return y;
    }

    /// <summary>The largest absolute column sum, ‖M‖₁, used for the condition estimate.</summary>
    public double NormOne()
    {
        var max = 0.0;
        for (var j = 0; j < Cols; j++)
        {
            var sum = 0.0;
            for (var p = ColStart[j]; p < ColStart[j + 1]; p++) sum += Math.Abs(Values[p]);
            max = Math.Max(max, sum);
        }

        return max;
    }

    /// <summary>A copy with the same pattern and new values, for Monte Carlo draws.</summary>
    public SparseMatrix WithValues(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Values.Length) throw new ArgumentException("one value per stored entry is needed", nameof(values));
        return new SparseMatrix(Rows, Cols, ColStart, RowIndex, values);
    }
}
