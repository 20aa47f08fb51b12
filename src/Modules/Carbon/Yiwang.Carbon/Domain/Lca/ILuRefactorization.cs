namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Factorizations of A with new values on the same pattern, for Monte Carlo draws: what depends on the pattern only
/// (ordering, symbolic analysis) is computed once and reused. Not thread-safe: one per worker thread.
/// </summary>
internal interface ILuRefactorization : IDisposable
{
    /// <summary>How draws are factorized, for the explanations.</summary>
    string Description { get; }

    /// <summary>Factorizes A with <paramref name="values"/> in place of its stored values (one per stored entry).</summary>
    /// <returns>True when the draw needed fresh pivoting rather than the reused pivot order.</returns>
    /// <exception cref="Yiwang.Carbon.Contracts.LcaException">A is singular with these values.</exception>
    bool Factorize(double[] values);

    /// <summary>x with A·x = b for the values of the last <see cref="Factorize"/>.</summary>
    void Solve(ReadOnlySpan<double> b, Span<double> x);
}
