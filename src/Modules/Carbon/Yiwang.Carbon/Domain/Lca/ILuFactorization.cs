namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// A finished factorization of a square technosphere A, reused for as many demand vectors as needed: the managed
/// <see cref="SparseLu"/> or SuiteSparse KLU (<see cref="KluLu"/>). Both may be solved from several threads at once.
/// </summary>
internal interface ILuFactorization : IDisposable
{
    /// <summary>"klu" or "managed", for explanations and benchmarks.</summary>
    string Solver { get; }

    int Size { get; }

    /// <summary>Entries stored in L and U (both diagonals included), the measure of fill.</summary>
    long FactorNonZeros { get; }

    /// <summary>x with A·x = b; <paramref name="x"/> has <see cref="Size"/> entries and must not overlap b.</summary>
    void Solve(ReadOnlySpan<double> b, Span<double> x);

    /// <summary>Estimated 1-norm condition number ‖A‖₁·‖A⁻¹‖₁ of the factorized <paramref name="a"/>.</summary>
    double ConditionEstimate(SparseMatrix a);

    /// <summary>Refactorizations of <paramref name="a"/> (the matrix factorized here) with new values; one per thread.</summary>
    ILuRefactorization NewRefactorization(SparseMatrix a);
}
