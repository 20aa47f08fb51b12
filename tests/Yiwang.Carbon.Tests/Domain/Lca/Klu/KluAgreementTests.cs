using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca.Klu;

/// <summary>KLU and the managed LU give the same answers on the reference fixtures and on generated systems.</summary>
public sealed class KluAgreementTests
{
    private static (LcaResult Klu, LcaResult Managed) Both(SparseMatrix a, SparseMatrix b, SparseMatrix? c, double[] f)
    {
        using var klu = LcaSystem.Factorize(a, b, c, LcaSolverKind.Klu);
        using var managed = LcaSystem.Factorize(a, b, c, LcaSolverKind.Managed);
        Assert.Equal("klu", klu.Solver);
        Assert.Equal("managed", managed.Solver);
        return (klu.Calculate(f), managed.Calculate(f));
    }

    [Fact]
    public void Heijungs_Suh_two_process_example_gives_the_book_answers_through_klu()
    {
        if (!KluRequirement.Present()) return;

        var (klu, managed) = Both(SparseMatrix.FromDense(ReferenceFixtureTests.HeijungsSuhA), SparseMatrix.FromDense(ReferenceFixtureTests.HeijungsSuhB),
            SparseMatrix.FromDense([[1, 0, 0]]), [0, 1000]);

        Assert.Equal(100, klu.Scaling[0], 1e-12);
        Assert.Equal(2, klu.Scaling[1], 1e-12);
        Assert.Equal([120.0, 14.0, -100.0], klu.Inventory.Select(v => Math.Round(v, 10)));
        Assert.Equal(120, klu.Impacts![0], 1e-10);
        Assert.True(GeneratedSystems.MaxRelativeDifference(managed.Scaling, klu.Scaling) < 1e-15);
        Assert.Contains(klu.Explanations, e => e.Contains("SuiteSparse KLU", StringComparison.Ordinal));
    }

    [Fact]
    public void Brightway_basic_fixture_gives_supply_and_scores_through_klu()
    {
        if (!KluRequirement.Present()) return;

        var (klu, managed) = Both(SparseMatrix.FromDense([[1, 0], [-0.5, 1]]), SparseMatrix.FromDense([[1, 0], [0, 2]]),
            SparseMatrix.FromDense([[1, 0], [0, 10]]), [1, 0]);

        Assert.Equal([1.0, 0.5], klu.Scaling);
        Assert.Equal([1.0, 1.0], klu.Inventory);
        Assert.Equal(11, klu.Impacts!.Sum());
        Assert.Equal(managed.Impacts!, klu.Impacts);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1, 4)]
    [InlineData(2, 2)]
    public void OpenLca_demand_test_chain_gives_total_flow_through_klu(int product, double expected)
    {
        if (!KluRequirement.Present()) return;
        var demand = new double[3];
        demand[product] = 2;

        var (klu, managed) = Both(SparseMatrix.FromDense([[1, 0, 0], [-1, 1, 0], [0, -1, 1]]), SparseMatrix.FromDense([[1, 1, 1]]), null, demand);

        Assert.Equal(expected, klu.Inventory[0], 1e-15);
        Assert.Equal(managed.Inventory[0], klu.Inventory[0], 1e-15);
    }

    [Theory]
    [InlineData(500, 12, 10, 1)]
    [InlineData(2000, 34, 40, 2)]
    public void Ecoinvent_like_generated_systems_agree_to_1e_10(int n, int inputs, int loops, int seed)
    {
        if (!KluRequirement.Present()) return;
        var random = new Random(seed);
        var a = GeneratedSystems.EcoinventLike(n, inputs, loops, random);
        var b = GeneratedSystems.Biosphere(50, n, random);
        using var klu = LcaSystem.Factorize(a, b, solver: LcaSolverKind.Klu);
        using var managed = LcaSystem.Factorize(a, b, solver: LcaSolverKind.Managed);

        for (var k = 0; k < 20; k++)
        {
            var f = new double[n];
            f[random.Next(n)] = 1 + k;
            var x = klu.Calculate(f);
            var y = managed.Calculate(f);
            Assert.True(GeneratedSystems.MaxRelativeDifference(y.Scaling, x.Scaling) < 1e-10, $"demand {k}: scaling differs");
            Assert.True(GeneratedSystems.MaxRelativeDifference(y.Inventory, x.Inventory) < 1e-10, $"demand {k}: inventory differs");
            Assert.True(RandomSystems.RelativeResidual(a, x.Scaling, f) < 1e-14);
        }

        Assert.InRange(klu.ConditionEstimate / managed.ConditionEstimate, 0.1, 10);
    }

    [Fact]
    public void Shuffled_diagonally_dominant_systems_agree_and_keep_a_small_residual()
    {
        if (!KluRequirement.Present()) return;
        var random = new Random(2026);
        for (var trial = 0; trial < 40; trial++)
        {
            var n = random.Next(1, 120);
            var a = RandomSystems.Permuted(RandomSystems.DiagonallyDominant(n, random.NextDouble() * 0.3, random), random);
            var f = RandomSystems.Vector(n, random);
            using var klu = KluLu.Factorize(a);
            var x = new double[n];

            klu.Solve(f, x);

            Assert.True(RandomSystems.RelativeResidual(a, x, f) < 1e-13, $"trial {trial}, n = {n}");
            Assert.True(GeneratedSystems.MaxRelativeDifference(SparseLu.Factorize(a).Solve(f), x) < 1e-9, $"trial {trial}, n = {n}");
        }
    }
}
