using System.Globalization;
using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>One wording for a singular technosphere, whichever solver found it: the column (process) and why.</summary>
internal static class SingularMatrix
{
    public const string EmptyColumn = "该列全为零 / the column is empty (the process neither produces nor uses any product)";

    public const string Structural = "结构奇异 / structurally singular: every product this process touches is already the reference product of an earlier process";

    public const string ZeroPivot = "主元为零 / the pivot is zero: the process is a linear combination of others";

    public static string Negligible(double pivot, double columnMax) => string.Create(CultureInfo.InvariantCulture,
        $"主元 {pivot:G3} 相对列最大值 {columnMax:G3} 过小 / pivot {pivot:G3} is negligible next to the column's largest entry {columnMax:G3}: the process is a linear combination of others");

    public static LcaException Error(int column, string why, double pivot) =>
        new($"技术矩阵奇异，第 {column} 列（过程）/ singular technosphere matrix at column {column} (process): {why}")
        {
            Column = column,
            Pivot = Math.Max(pivot, 0),
        };

    public static bool IsEmptyColumn(SparseMatrix a, int column)
    {
        for (var p = a.ColStart[column]; p < a.ColStart[column + 1]; p++)
        {
            if (a.Values[p] != 0) return false;
        }

        return true;
    }
}
