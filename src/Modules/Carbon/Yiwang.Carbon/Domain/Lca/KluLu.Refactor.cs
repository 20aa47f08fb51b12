namespace Yiwang.Carbon.Domain.Lca;

// Monte Carlo draws with KLU: the symbolic analysis (BTF, AMD) is this factorization's, reused for every draw.
internal sealed partial class KluLu
{
    /// <summary>
    /// A kept pivot is accepted while every multiplier in L stays within 1 / u for u = 0.1, the threshold-pivoting
    /// default of HSL MA48 and UMFPACK; beyond it the draw is factorized afresh with strict partial pivoting.
    /// </summary>
    internal const double MultiplierLimit = 10;

    public ILuRefactorization NewRefactorization(SparseMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Rows != Size || a.Cols != Size) throw new ArgumentException($"the matrix is {a.Rows} × {a.Cols}, the factorized one {Size} × {Size}", nameof(a));
        ObjectDisposedException.ThrowIf(symbolic.IsClosed, this);
        return new Refactorization(this, a);
    }

    /// <summary>
    /// One thread's KLU numeric object (klu_common work space and the numeric object are not safe to share; the
    /// symbolic object is only read by klu_factor and klu_refactor under AMD ordering). It is factorized once with A's
    /// own values, so its pivot order is the same on every thread; each draw then runs klu_refactor on that order —
    /// results depend on the draw's values only, never on which thread ran the draws before it. A draw whose kept
    /// pivots are zero, negligible or too small for stable multipliers is factorized afresh (klu_factor) in a
    /// throw-away numeric object, leaving the shared pivot order untouched.
    /// </summary>
    private sealed class Refactorization : ILuRefactorization
    {
        private readonly KluLu owner;
        private readonly SparseMatrix pattern;
        private readonly KluNumericHandle numeric;
        private readonly Factors reused;
        private Factors? current;
        private bool symbolicHeld;

        public Refactorization(KluLu owner, SparseMatrix a)
        {
            this.owner = owner;
            pattern = a;
            // The symbolic object belongs to the owner: keep it alive until this worker is disposed.
            owner.symbolic.DangerousAddRef(ref symbolicHeld);
            var common = FactorCommon();
            numeric = KluNative.Factor(a.ColStart, a.RowIndex, a.Values, owner.symbolic, ref common);
            if (numeric.IsInvalid || common.Status != 0)
            {
                var status = common.Status;
                Dispose();
                throw status == KluNative.Singular ? Singular(a, common) : Failure("klu_factor", status);
            }

            reused = Factors.Extract(owner.Size, owner.symbolic, numeric, owner.Blocks);
        }

        public string Description => "SuiteSparse KLU: symbolic analysis reused, klu_refactor per draw on the pivot order of A's own values, klu_factor afresh when a kept pivot fails";

        public bool Factorize(double[] values)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Length != pattern.NonZeros) throw new ArgumentException("one value per stored entry is needed", nameof(values));
            var a = pattern.WithValues(values);
            var common = FactorCommon();
            if (KluNative.Refactor(a.ColStart, a.RowIndex, values, owner.symbolic, numeric, ref common) != 0 && common.Status == 0)
            {
                var factors = Factors.Extract(owner.Size, owner.symbolic, numeric, owner.Blocks, reused);
                if (factors.LargestMultiplier() <= MultiplierLimit && factors.NegligiblePivot(a, SparseLu.RelativePivotTolerance) is null)
                {
                    current = factors;
                    return false;
                }
            }
            else if (common.Status != KluNative.Singular)
            {
                throw Failure("klu_refactor", common.Status);
            }

            current = null; // if the fresh factorization fails too, nothing stale is left to solve with
            current = Fresh(a);
            return true;
        }

        public void Solve(ReadOnlySpan<double> b, Span<double> x) =>
            (current ?? throw new InvalidOperationException("factorize a draw before solving")).Solve(b, x);

        public void Dispose()
        {
            numeric?.Dispose();
            if (symbolicHeld) owner.symbolic.DangerousRelease();
            symbolicHeld = false;
        }

        /// <exception cref="Yiwang.Carbon.Contracts.LcaException">Singular even with fresh pivoting: the same wording as the managed LU.</exception>
        private Factors Fresh(SparseMatrix a)
        {
            var common = FactorCommon();
            using var fresh = KluNative.Factor(a.ColStart, a.RowIndex, a.Values, owner.symbolic, ref common);
            if (fresh.IsInvalid || common.Status != 0)
                throw common.Status == KluNative.Singular ? Singular(a, common) : Failure("klu_factor", common.Status);
            var factors = Factors.Extract(owner.Size, owner.symbolic, fresh, owner.Blocks);
            if (factors.NegligiblePivot(a, SparseLu.RelativePivotTolerance) is { } bad)
                throw SingularMatrix.Error(bad.Column, bad.ColumnMax == 0 ? SingularMatrix.EmptyColumn : SingularMatrix.Negligible(bad.Pivot, bad.ColumnMax), bad.Pivot);
            return factors;
        }
    }
}
