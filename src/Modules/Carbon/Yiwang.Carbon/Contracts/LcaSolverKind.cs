namespace Yiwang.Carbon.Contracts;

/// <summary>
/// Which sparse LU factorizes the technosphere. <see cref="Auto"/> takes SuiteSparse KLU when libklu.so.1 loads and
/// the managed solver otherwise; the environment variable YIWANG_LCA_SOLVER (auto|klu|managed) sets the default.
/// </summary>
public enum LcaSolverKind
{
    Auto,
    Klu,
    Managed,
}
