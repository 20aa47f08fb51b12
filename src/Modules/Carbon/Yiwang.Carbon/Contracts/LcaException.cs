namespace Yiwang.Carbon.Contracts;

/// <summary>
/// An LCA system that cannot be solved or read: a singular or badly conditioned technosphere, or an unreadable input
/// file. The message says where (process column, pivot, file and line) so the user can fix the data; we never return
/// numbers from such a system.
/// </summary>
public sealed class LcaException : Exception
{
    public LcaException()
    {
    }

    public LcaException(string message)
        : base(message)
    {
    }

    public LcaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The process (column of A) where elimination broke down, when the matrix is the cause.</summary>
    public int? Column { get; init; }

    /// <summary>The best pivot found in that column (0 for a structural zero).</summary>
    public double? Pivot { get; init; }

    /// <summary>Estimated 1-norm condition number of A, when the factorization completed.</summary>
    public double? ConditionEstimate { get; init; }
}
