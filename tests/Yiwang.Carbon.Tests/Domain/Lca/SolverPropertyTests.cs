using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca;

public sealed class SolverPropertyTests
{
    private static readonly Arbitrary<(int N, int DensityPercent, int Seed, bool Shuffle)> Systems =
        (from n in Gen.Choose(1, 60)
         from density in Gen.Choose(0, 40)
         from seed in Gen.Choose(0, int.MaxValue)
         from shuffle in Gen.Elements(false, true)
         select (n, density, seed, shuffle)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Residual_is_tiny_for_random_diagonally_dominant_sparse_systems() => Prop.ForAll(Systems, c =>
    {
        var random = new Random(c.Seed);
        var a = RandomSystems.DiagonallyDominant(c.N, c.DensityPercent / 100.0, random);
        if (c.Shuffle) a = RandomSystems.Permuted(a, random);
        var f = RandomSystems.Vector(c.N, random);

        var s = SparseLu.Factorize(a).Solve(f);

        return RandomSystems.RelativeResidual(a, s, f) < 1e-13;
    });

    [Fact]
    public void Reused_factorization_equals_fresh_solves_over_many_demand_vectors()
    {
        var random = new Random(2026);
        var a = RandomSystems.Permuted(RandomSystems.DiagonallyDominant(200, 0.02, random), random);
        var b = SparseMatrix.FromTriplets(3, 200, Enumerable.Range(0, 200).Select(j => new Triplet(j % 3, j, j + 1.0)));
        var system = LcaSystem.Factorize(a, b);

        for (var run = 0; run < 100; run++)
        {
            var f = RandomSystems.Vector(200, random);
            var reused = system.Calculate(f);
            var fresh = LcaSystem.Factorize(a, b).Calculate(f);

            Assert.Equal(fresh.Scaling, reused.Scaling);
            Assert.Equal(fresh.Inventory, reused.Inventory);
            Assert.True(RandomSystems.RelativeResidual(a, reused.Scaling, f) < 1e-13);
        }
    }
}
