using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca.Klu;

/// <summary>Forcing the managed solver works everywhere, with or without libklu (no KLU requirement here).</summary>
public sealed class SolverChoiceTests
{
    [Fact]
    public void Forcing_managed_uses_the_managed_lu_and_says_so()
    {
        using var system = LcaSystem.Factorize(SparseMatrix.FromDense(ReferenceFixtureTests.HeijungsSuhA), SparseMatrix.FromDense(ReferenceFixtureTests.HeijungsSuhB),
            solver: LcaSolverKind.Managed);

        var result = system.Calculate([0, 1000]);

        Assert.Equal("managed", system.Solver);
        Assert.Equal([100.0, 2.0], result.Scaling);
        Assert.Contains(result.Explanations, e => e.Contains("managed sparse LU", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Explanations, e => e.Contains("KLU (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, LcaSolverKind.Auto)]
    [InlineData("", LcaSolverKind.Auto)]
    [InlineData(" Managed ", LcaSolverKind.Managed)]
    [InlineData("klu", LcaSolverKind.Klu)]
    [InlineData("auto", LcaSolverKind.Auto)]
    public void Solver_setting_is_parsed(string? text, LcaSolverKind expected) => Assert.Equal(expected, LuSolvers.Parse(text));

    [Fact]
    public void Unknown_solver_setting_is_refused()
    {
        var ex = Assert.Throws<LcaException>(() => LuSolvers.Parse("umfpack"));

        Assert.Contains("auto, klu or managed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_without_klu_falls_back_to_managed_and_klu_demanded_is_refused()
    {
        // On a machine with libklu this checks the other branch: auto picks KLU.
        var a = SparseMatrix.FromDense([[1, -0.5], [-0.2, 1]]);
        using var auto = LuSolvers.Factorize(a, LcaSolverKind.Auto);
        if (KluLibrary.IsAvailable)
        {
            Assert.Equal("klu", auto.Solver);
            return;
        }

        Assert.Equal("managed", auto.Solver);
        var ex = Assert.Throws<LcaException>(() => LuSolvers.Factorize(a, LcaSolverKind.Klu));
        Assert.Contains("KLU", ex.Message, StringComparison.Ordinal);
    }
}
