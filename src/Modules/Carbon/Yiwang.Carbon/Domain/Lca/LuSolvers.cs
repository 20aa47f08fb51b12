using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Picks the factorization: KLU where the native library loads, the managed <see cref="SparseLu"/> elsewhere, so the
/// platform runs the same on a machine without SuiteSparse (docs/adr/0006-native-klu-with-managed-fallback.md).
/// </summary>
internal static class LuSolvers
{
    public const string EnvironmentVariable = "YIWANG_LCA_SOLVER";

    /// <summary>The default from YIWANG_LCA_SOLVER; unset or empty means <see cref="LcaSolverKind.Auto"/>.</summary>
    public static LcaSolverKind FromEnvironment() => Parse(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <exception cref="LcaException">Not one of auto, klu, managed.</exception>
    public static LcaSolverKind Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => LcaSolverKind.Auto,
        "klu" => LcaSolverKind.Klu,
        "managed" => LcaSolverKind.Managed,
        _ => throw new LcaException($"未知的求解器 “{text}” / unknown solver '{text}': use auto, klu or managed"),
    };

    /// <exception cref="LcaException">A singular matrix, or KLU demanded where it cannot be loaded.</exception>
    public static ILuFactorization Factorize(SparseMatrix a, LcaSolverKind kind)
    {
        ArgumentNullException.ThrowIfNull(a);
        return kind switch
        {
            LcaSolverKind.Managed => SparseLu.Factorize(a),
            LcaSolverKind.Klu when KluLibrary.IsAvailable => KluLu.Factorize(a),
            LcaSolverKind.Klu => throw new LcaException($"无法使用 KLU 求解器 / the KLU solver was requested but cannot be used: {KluLibrary.Unavailable}"),
            _ when KluLibrary.IsAvailable && a.Rows > 0 => KluLu.Factorize(a),
            _ => SparseLu.Factorize(a),
        };
    }

    /// <summary>One line for the explanations: which solver ran and, for the fallback, why KLU did not.</summary>
    public static string Describe(ILuFactorization lu, LcaSolverKind requested) => lu switch
    {
        KluLu klu => $"SuiteSparse KLU ({KluNative.Library}; BTF into {klu.Blocks} blocks, largest {klu.LargestBlock}; AMD ordering inside blocks)",
        _ when requested == LcaSolverKind.Auto && !KluLibrary.IsAvailable => $"managed sparse LU (block triangular order), KLU not used: {KluLibrary.Unavailable}",
        _ => "managed sparse LU (block triangular order)",
    };
}
