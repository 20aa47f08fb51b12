using System.Diagnostics;
using System.Globalization;
using System.Text;
using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;

// KLU and the managed solver against SciPy on the same matrix files: see bench/carbon-vs-scipy.sh.
//   generate <dir> [processes] [inputsPerProcess] [loops] [flows] [seed]
//   generate-loop <dir> [processes] [inputsPerProcess] [flows] [seed]   one strongly connected loop of all processes
//   solve <dir> [auto|klu|managed]
//   montecarlo <dir> [klu|managed|before] [draws] [threads]   iterations/s with uncertain A and B (MonteCarloBench.cs)
// Demand vector k (k = 0 … 999) is one unit of product (17·k) mod n; carbon_scipy.py uses the same rule.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length >= 2 && args[0] == "generate") return CarbonBench.Generate(args[1], Arg(2, 20_000), Arg(3, 34), Arg(4, 40), Arg(5, 100), Arg(6, 5));
if (args.Length >= 2 && args[0] == "generate-loop") return CarbonBench.GenerateLoop(args[1], Arg(2, 4_000), Arg(3, 34), Arg(4, 100), Arg(5, 5));
if (args.Length >= 2 && args[0] == "montecarlo") return MonteCarloBench.Run(args[1], args.Length > 2 ? args[2] : "klu", Arg(3, 200), Arg(4, 0));
if (args.Length >= 2 && args[0] == "solve") return CarbonBench.Solve(args[1], LuSolvers.Parse(args.Length > 2 ? args[2] : "auto"));
Console.Error.WriteLine("usage: generate <dir> [n] [inputs] [loops] [flows] [seed] | generate-loop <dir> [n] [inputs] [flows] [seed] | solve <dir> [auto|klu|managed] | montecarlo <dir> [klu|managed|before] [draws] [threads]");
return 2;

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

internal static class CarbonBench
{
    public const int DemandVectors = 1000;

    public static int Generate(string dir, int n, int inputs, int loops, int flows, int seed)
    {
        Directory.CreateDirectory(dir);
        var random = new Random(seed);
        var a = new List<Triplet>(n * (inputs + 1) + loops);
        for (var j = 0; j < n; j++)
        {
            a.Add(new Triplet(j, j, 1));
            for (var e = 0; j > 0 && e < inputs; e++) a.Add(new Triplet(random.Next(j), j, -0.5 * random.NextDouble() / inputs));
        }

        // Local supply loops: a process uses a product made up to 100 positions later.
        for (var e = 0; e < loops; e++)
        {
            var j = random.Next(n - 100);
            a.Add(new Triplet(j + 1 + random.Next(99), j, -0.01 * random.NextDouble()));
        }

        // Databases list processes in no useful order: shuffle rows and columns alike.
        var p = Enumerable.Range(0, n).ToArray();
        random.Shuffle(p);
        return WriteSystem(dir, n, flows, random, a.Select(t => new Triplet(p[t.Row], p[t.Col], t.Value)));
    }

    /// <summary>
    /// Every process uses products from anywhere in the list, so the whole system is one strongly connected loop and
    /// block triangular ordering cannot help: the case that needs a fill-reducing ordering inside the block. Column
    /// sums of the inputs stay below 0.5, so A stays diagonally dominant and well conditioned.
    /// </summary>
    public static int GenerateLoop(string dir, int n, int inputs, int flows, int seed)
    {
        Directory.CreateDirectory(dir);
        var random = new Random(seed);
        var a = new List<Triplet>(n * (inputs + 1));
        for (var j = 0; j < n; j++)
        {
            a.Add(new Triplet(j, j, 1));
            for (var e = 0; e < inputs; e++)
            {
                var i = random.Next(n - 1);
                a.Add(new Triplet(i >= j ? i + 1 : i, j, -0.5 * random.NextDouble() / inputs));
            }
        }

        return WriteSystem(dir, n, flows, random, a);
    }

    private static int WriteSystem(string dir, int n, int flows, Random random, IEnumerable<Triplet> aEntries)
    {
        var a = aEntries.ToList();
        var b = new List<Triplet>(n * 3);
        for (var j = 0; j < n; j++)
        {
            for (var e = 0; e < 3; e++) b.Add(new Triplet(random.Next(flows), j, random.NextDouble()));
        }

        Write(Path.Combine(dir, "A.csv"), "row,col,value", a.Select(t => $"{t.Row},{t.Col},{t.Value:R}"));
        Write(Path.Combine(dir, "B.csv"), "row,col,value", b.Select(t => $"{t.Row},{t.Col},{t.Value:R}"));
        Write(Path.Combine(dir, "f.csv"), "index,amount", [$"{n - 1},1"]);
        Console.WriteLine($"{{\"processes\":{n},\"nonzerosA\":{a.Count},\"nonzerosB\":{b.Count},\"flows\":{flows},\"dir\":\"{dir}\"}}");
        return 0;
    }

    public static int Solve(string dir, LcaSolverKind kind)
    {
        var watch = Stopwatch.StartNew();
        var a = Read(Path.Combine(dir, "A.csv"));
        var bLines = Read(Path.Combine(dir, "B.csv"));
        var n = a.Max(t => Math.Max(t.Row, t.Col)) + 1;
        var flows = bLines.Max(t => t.Row) + 1;
        var technosphere = SparseMatrix.FromTriplets(n, n, a);
        var biosphere = SparseMatrix.FromTriplets(flows, n, bLines);
        var read = watch.Elapsed.TotalSeconds;

        watch.Restart();
        using var lu = LuSolvers.Factorize(technosphere, kind);
        var factorize = watch.Elapsed.TotalSeconds;

        var f = new double[n];
        var s = new double[n];
        f[0] = 1;
        watch.Restart();
        lu.Solve(f, s);
        var g = biosphere.Multiply(s);
        var firstSolve = watch.Elapsed.TotalSeconds;
        var residual = technosphere.Multiply(s).Select((v, i) => Math.Abs(v - f[i])).Max();

        var checksum = 0.0;
        watch.Restart();
        for (var k = 0; k < DemandVectors; k++)
        {
            Array.Clear(f);
            f[17 * k % n] = 1;
            lu.Solve(f, s);
            checksum += biosphere.Multiply(s).Sum();
        }

        var many = watch.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var name = lu is KluLu ? $"SuiteSparse KLU ({KluNative.Library})" : "yiwang managed sparse LU (BTF)";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"solver\":\"{name}\",\"processes\":{n},\"nonzerosA\":{technosphere.NonZeros},\"nonzerosLU\":{lu.FactorNonZeros},\"readSeconds\":{read:F3},\"factorizeSeconds\":{factorize:F4},\"solveSeconds\":{firstSolve:F5},\"solves1000Seconds\":{many:F4},\"residual\":{residual:G3},\"gSum\":{g.Sum():R},\"checksum1000\":{checksum:R},\"peakMiB\":{peak:F0}}}"));
        return 0;
    }

    internal static List<Triplet> Read(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var c = l.Split(',');
            return new Triplet(int.Parse(c[0], CultureInfo.InvariantCulture), int.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture));
        })];

    private static void Write(string path, string header, IEnumerable<string> lines)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine(header);
        foreach (var l in lines) w.WriteLine(l);
    }
}
