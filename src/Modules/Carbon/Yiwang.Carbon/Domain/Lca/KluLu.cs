using System.Globalization;
using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// SuiteSparse KLU (Davis &amp; Palamadai Natarajan, ACM TOMS 37(3), 2010) through P/Invoke: a BTF permutation to block
/// triangular form, AMD inside each diagonal block, Gilbert–Peierls LU with partial pivoting preferring the diagonal,
/// row scaling. The same steps as <see cref="SparseLu"/> plus the fill-reducing ordering inside loops the managed
/// solver lacks. Native memory is held by SafeHandles; <see cref="Dispose"/> frees it early.
/// </summary>
internal sealed partial class KluLu : ILuFactorization
{
    private readonly KluSymbolicHandle symbolic;
    private readonly KluNumericHandle numeric;

    /// <summary>klu_condest and klu_solve work in Numeric->Xwork, one buffer per factorization: concurrent calls would share it.</summary>
    private readonly Lock solving = new();

    private readonly Factors factors;

    private KluLu(int n, KluSymbolicHandle symbolic, KluNumericHandle numeric)
    {
        Size = n;
        this.symbolic = symbolic;
        this.numeric = numeric;
        // klu_numeric: int n, nblocks, lnz, unz; klu_symbolic: nzoff at byte 72, nblocks 76, maxblock 80.
        FactorNonZeros = (long)numeric.ReadInt(8) + numeric.ReadInt(12) + symbolic.ReadInt(72);
        Blocks = symbolic.ReadInt(76);
        LargestBlock = symbolic.ReadInt(80);
        factors = Factors.Extract(n, symbolic, numeric, Blocks);
    }

    public string Solver => "klu";

    public int Size { get; }

    public long FactorNonZeros { get; }

    public int Blocks { get; }

    public int LargestBlock { get; }

    /// <exception cref="LcaException">A singular matrix, named by its column as the managed solver does.</exception>
    /// <exception cref="InvalidOperationException">KLU is not available or ran out of memory.</exception>
    public static KluLu Factorize(SparseMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Rows != a.Cols)
            throw new LcaException($"技术矩阵必须是方阵 / the technosphere matrix must be square, it is {a.Rows} × {a.Cols}");
        if (!KluLibrary.IsAvailable) throw new InvalidOperationException(KluLibrary.Unavailable);
        var n = a.Rows;
        var common = FactorCommon();
        var symbolic = KluNative.Analyze(n, a.ColStart, a.RowIndex, ref common);
        if (symbolic.IsInvalid)
        {
            symbolic.Dispose();
            throw Failure("klu_analyze", common.Status);
        }

        var numeric = KluNative.Factor(a.ColStart, a.RowIndex, a.Values, symbolic, ref common);
        if (numeric.IsInvalid || common.Status != 0)
        {
            var status = common.Status;
            numeric.Dispose();
            symbolic.Dispose();
            if (status != KluNative.Singular) throw Failure("klu_factor", status);
            throw Singular(a, common);
        }

        return new KluLu(n, symbolic, numeric);
    }

    /// <summary>
    /// Solved in managed code on the extracted factors (<see cref="Factors"/>), not with klu_solve: klu_solve sweeps all
    /// of L, U and the off-diagonal blocks, while a unit demand reaches only its upstream chain, so skipping zero
    /// columns is several times faster at ecoinvent size — and needs no lock.
    /// </summary>
    public void Solve(ReadOnlySpan<double> b, Span<double> x)
    {
        if (b.Length != Size || x.Length != Size)
            throw new ArgumentException($"vectors have {b.Length} and {x.Length} entries, the factorized matrix is {Size} × {Size}", nameof(b));
        ObjectDisposedException.ThrowIf(numeric.IsClosed, this);
        factors.Solve(b, x);
    }

    /// <summary>The same solve by klu_solve itself (serialized: it works in Numeric->Xwork), to check the extracted factors.</summary>
    internal void SolveWithKluSolve(ReadOnlySpan<double> b, Span<double> x)
    {
        if (b.Length != Size || x.Length != Size) throw new ArgumentException("vector lengths differ from the matrix size", nameof(b));
        b.CopyTo(x);
        var common = KluNative.NewCommon();
        int ok;
        lock (solving) ok = KluNative.Solve(symbolic, numeric, Size, 1, x, ref common);
        if (ok == 0) throw Failure("klu_solve", common.Status);
    }

    public double ConditionEstimate(SparseMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (Size == 0) return 0;
        var common = KluNative.NewCommon();
        int ok;
        lock (solving) ok = KluNative.Condest(a.ColStart, a.Values, symbolic, numeric, ref common);
        if (ok == 0) throw Failure("klu_condest", common.Status);
        return common.Condest;
    }

    public void Dispose()
    {
        numeric.Dispose();
        symbolic.Dispose();
    }

    /// <summary>
    /// Strict partial pivoting (the diagonal only when it is the largest), as in SparseLu: KLU's default 0.001 suits
    /// circuit matrices but let the backward error of shuffled LCA systems grow past 1e-13.
    /// </summary>
    private static KluCommon FactorCommon()
    {
        var common = KluNative.NewCommon();
        common.Tol = 1.0;
        return common;
    }

    /// <summary>KLU only stops at an exactly zero pivot; its singular_col is already a column of the caller's A.</summary>
    private static LcaException Singular(SparseMatrix a, KluCommon common)
    {
        var column = common.SingularCol;
        var why = column >= 0 && column < a.Cols && SingularMatrix.IsEmptyColumn(a, column)
            ? SingularMatrix.EmptyColumn
            : common.StructuralRank >= 0 && common.StructuralRank < a.Rows
                ? SingularMatrix.Structural
                : SingularMatrix.ZeroPivot;
        return SingularMatrix.Error(column, why, 0);
    }

    private static InvalidOperationException Failure(string call, int status) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{call} failed with KLU status {status} ({status switch
        {
            -2 => "out of memory",
            -3 => "invalid input",
            -4 => "integer overflow",
            _ => "unexpected",
        }})"));
}
