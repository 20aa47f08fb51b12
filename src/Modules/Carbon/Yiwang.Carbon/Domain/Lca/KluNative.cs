using System.Runtime.InteropServices;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// The few KLU entry points we call, from Debian's <c>libklu1</c> (SuiteSparse 5.12, KLU 1.3.x, soname libklu.so.1;
/// prototypes and struct layout from its <c>klu.h</c>). Pinning the soname pins the ABI: SuiteSparse 7 ships KLU 2
/// as libklu.so.2 with a different <c>klu_common</c>, which this file does not describe.
/// </summary>
internal static partial class KluNative
{
    public const string Library = "libklu.so.1";

    /// <summary><c>KLU_SINGULAR</c>: a warning, the factorization met a zero pivot.</summary>
    public const int Singular = 1;

    [LibraryImport(Library, EntryPoint = "klu_defaults")]
    public static partial int Defaults(ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_analyze")]
    public static partial KluSymbolicHandle Analyze(int n, ReadOnlySpan<int> ap, ReadOnlySpan<int> ai, ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_factor")]
    public static partial KluNumericHandle Factor(
        ReadOnlySpan<int> ap, ReadOnlySpan<int> ai, ReadOnlySpan<double> ax, KluSymbolicHandle symbolic, ref KluCommon common);

    /// <summary>New values on the pattern and pivot order of <paramref name="numeric"/>: no pivoting, so callers check the pivots.</summary>
    [LibraryImport(Library, EntryPoint = "klu_refactor")]
    public static partial int Refactor(
        ReadOnlySpan<int> ap, ReadOnlySpan<int> ai, ReadOnlySpan<double> ax, KluSymbolicHandle symbolic, KluNumericHandle numeric, ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_solve")]
    public static partial int Solve(KluSymbolicHandle symbolic, KluNumericHandle numeric, int ldim, int nrhs, Span<double> b, ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_condest")]
    public static partial int Condest(ReadOnlySpan<int> ap, ReadOnlySpan<double> ax, KluSymbolicHandle symbolic, KluNumericHandle numeric, ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_extract")]
    public static partial int Extract(
        KluNumericHandle numeric, KluSymbolicHandle symbolic,
        Span<int> lp, Span<int> li, Span<double> lx, Span<int> up, Span<int> ui, Span<double> ux, Span<int> fp, Span<int> fi, Span<double> fx,
        Span<int> p, Span<int> q, Span<double> rs, Span<int> r, ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_free_symbolic")]
    public static partial int FreeSymbolic(ref nint symbolic, ref KluCommon common);

    [LibraryImport(Library, EntryPoint = "klu_free_numeric")]
    public static partial int FreeNumeric(ref nint numeric, ref KluCommon common);

    public static KluCommon NewCommon()
    {
        var common = default(KluCommon);
        Defaults(ref common);
        return common;
    }
}

/// <summary>
/// <c>klu_common</c> of KLU 1.3.x field for field (160 bytes on x86-64/arm64, natural alignment as in C). Defaults:
/// tol 0.001, BTF on, AMD ordering, max-row scaling, halt on a singular matrix.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KluCommon
{
    public double Tol;
    public double MemGrow;
    public double InitMemAmd;
    public double InitMem;
    public double MaxWork;
    public int Btf;
    public int Ordering;
    public int Scale;
    public nint UserOrder;
    public nint UserData;
    public int HaltIfSingular;
    public int Status;
    public int NRealloc;
    public int StructuralRank;
    public int NumericalRank;
    public int SingularCol;
    public int NOffDiag;
    public double Flops;
    public double RCond;
    public double Condest;
    public double RGrowth;
    public double Work;
    public nuint MemUsage;
    public nuint MemPeak;
}
