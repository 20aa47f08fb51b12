using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca.Klu;

/// <summary>The ecoinvent-like generator of bench/carbon-bench in small: supply chains, a few loops, shuffled.</summary>
internal static class GeneratedSystems
{
    public static SparseMatrix EcoinventLike(int n, int inputs, int loops, Random random)
    {
        var a = new List<Triplet>();
        for (var j = 0; j < n; j++)
        {
            a.Add(new Triplet(j, j, 1));
            for (var e = 0; j > 0 && e < inputs; e++) a.Add(new Triplet(random.Next(j), j, -0.5 * random.NextDouble() / inputs));
        }

        for (var e = 0; e < loops; e++)
        {
            var j = random.Next(n - 20);
            a.Add(new Triplet(j + 1 + random.Next(19), j, -0.01 * random.NextDouble()));
        }

        var p = Enumerable.Range(0, n).ToArray();
        random.Shuffle(p);
        return SparseMatrix.FromTriplets(n, n, a.Select(t => new Triplet(p[t.Row], p[t.Col], t.Value)));
    }

    public static SparseMatrix Biosphere(int flows, int n, Random random) =>
        SparseMatrix.FromTriplets(flows, n, Enumerable.Range(0, 3 * n).Select(i => new Triplet(random.Next(flows), i / 3, random.NextDouble())));

    public static double MaxRelativeDifference(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var scale = x.Max(Math.Abs) + double.Epsilon;
        return x.Zip(y, (u, v) => Math.Abs(u - v)).Max() / scale;
    }
}
