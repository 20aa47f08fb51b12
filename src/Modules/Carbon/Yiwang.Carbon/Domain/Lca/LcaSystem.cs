using System.Globalization;
using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// A technosphere A (products × processes), biosphere B (flows × processes) and optional characterization C
/// (impacts × flows), with A factorized once so each demand vector costs two triangular solves — the Heijungs &amp; Suh
/// matrix method as Brightway and openLCA run it, never through an explicit inverse. The factorization is KLU or the
/// managed LU (<see cref="LuSolvers"/>); disposing the system frees KLU's native memory early.
/// </summary>
internal sealed class LcaSystem : IDisposable
{
    /// <summary>Above this the answer keeps fewer than about six significant digits: we say so.</summary>
    internal const double ConditionWarning = 1e10;

    /// <summary>Above this (≈ 1 / (450 ε)) rounding can dominate the result: we refuse to return numbers.</summary>
    internal const double ConditionLimit = 1e14;

    private readonly ILuFactorization lu;
    private readonly List<string> explanations = [];

    private LcaSystem(SparseMatrix technosphere, SparseMatrix biosphere, SparseMatrix? characterization, ILuFactorization lu, double condition)
    {
        Technosphere = technosphere;
        Biosphere = biosphere;
        Characterization = characterization;
        this.lu = lu;
        ConditionEstimate = condition;
    }

    public SparseMatrix Technosphere { get; }

    public SparseMatrix Biosphere { get; }

    public SparseMatrix? Characterization { get; }

    public double ConditionEstimate { get; }

    public IReadOnlyList<string> Explanations => explanations;

    /// <summary>"klu" or "managed".</summary>
    public string Solver => lu.Solver;

    /// <param name="solver">Null: the YIWANG_LCA_SOLVER default (auto).</param>
    public static LcaSystem Factorize(SparseMatrix technosphere, SparseMatrix biosphere, SparseMatrix? characterization = null, LcaSolverKind? solver = null)
    {
        ArgumentNullException.ThrowIfNull(technosphere);
        ArgumentNullException.ThrowIfNull(biosphere);
        if (biosphere.Cols != technosphere.Cols)
            throw new LcaException($"生物圈矩阵列数与过程数不符 / the biosphere matrix has {biosphere.Cols} columns but there are {technosphere.Cols} processes");
        if (characterization is not null && characterization.Cols != biosphere.Rows)
            throw new LcaException($"特征化矩阵列数与基本流数不符 / the characterization matrix has {characterization.Cols} columns but there are {biosphere.Rows} elementary flows");

        var kind = solver ?? LuSolvers.FromEnvironment();
        var lu = LuSolvers.Factorize(technosphere, kind);
        try
        {
            return Checked(technosphere, biosphere, characterization, lu, kind);
        }
        catch
        {
            lu.Dispose();
            throw;
        }
    }

    public void Dispose() => lu.Dispose();

    /// <summary>Factorizations of the technosphere with new values (Monte Carlo draws) by this system's solver, reusing its ordering; one per thread.</summary>
    internal ILuRefactorization NewRefactorization() => lu.NewRefactorization(Technosphere);

    private static LcaSystem Checked(SparseMatrix technosphere, SparseMatrix biosphere, SparseMatrix? characterization, ILuFactorization lu, LcaSolverKind kind)
    {
        var condition = lu.ConditionEstimate(technosphere);
        var text = condition.ToString("G3", CultureInfo.InvariantCulture);
        if (!(condition <= ConditionLimit))
        {
            throw new LcaException($"技术矩阵病态（条件数约 {text}）/ the technosphere matrix is numerically singular or badly scaled (condition ≈ {text} > {ConditionLimit:G0}); check units and near-duplicate processes")
            {
                ConditionEstimate = condition,
            };
        }

        var system = new LcaSystem(technosphere, biosphere, characterization, lu, condition);
        system.explanations.Add(string.Create(CultureInfo.InvariantCulture,
            $"sparse LU with partial pivoting of a {technosphere.Rows} × {technosphere.Cols} technosphere: {technosphere.NonZeros} nonzeros in A, {lu.FactorNonZeros} in L + U; 1-norm condition ≈ {text}"));
        system.explanations.Add($"求解器 / solver: {LuSolvers.Describe(lu, kind)}");
        if (condition > ConditionWarning)
            system.explanations.Add($"警告：条件数较大，结果精度有限 / warning: condition ≈ {text} > {ConditionWarning:G0}, results may keep only a few significant digits");
        return system;
    }

    public LcaResult Calculate(ReadOnlySpan<double> demand)
    {
        var scaling = new double[lu.Size];
        lu.Solve(demand, scaling);
        if (!scaling.All(double.IsFinite))
            throw new LcaException("求解结果溢出 / the scaling vector overflowed; the technosphere is badly scaled") { ConditionEstimate = ConditionEstimate };
        var inventory = Biosphere.Multiply(scaling);
        var impacts = Characterization?.Multiply(inventory);
        return new LcaResult(scaling, inventory, impacts, explanations);
    }
}
