using System.CommandLine;
using System.Text.Json;
using Yiwang.Carbon.Tests.Domain.Lca.Klu;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

namespace Yiwang.Carbon.Tests.Cli;

/// <summary><c>yiwang lca solve --solver auto|klu|managed</c>.</summary>
public sealed class LcaSolverOptionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yiwang-lca-solver-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Forcing_managed_solves_and_names_the_managed_solver()
    {
        var (exit, output, err) = Run("--solver", "managed");

        Assert.True(exit == 0, err);
        Assert.Equal([100.0, 2.0], Scaling(output));
        Assert.Contains("solver: managed sparse LU", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Forcing_klu_solves_and_names_klu()
    {
        if (!KluRequirement.Present()) return;

        var (exit, output, err) = Run("--solver", "klu");

        Assert.True(exit == 0, err);
        var s = Scaling(output);
        Assert.Equal(100, s[0], 1e-12);
        Assert.Equal(2, s[1], 1e-12);
        Assert.Contains("solver: SuiteSparse KLU", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_solver_is_a_usage_error()
    {
        var (exit, output, err) = Run("--solver", "umfpack");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("umfpack", err, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Err) Run(params string[] extra)
    {
        string File(string name, string text)
        {
            var path = Path.Combine(folder, name);
            System.IO.File.WriteAllText(path, text);
            return path;
        }

        var root = new RootCommand("yiwang");
        root.Subcommands.Add(LcaCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args =
        [
            "lca", "solve",
            "--technosphere", File("A.csv", "row,col,value\n0,0,-2\n1,0,10\n0,1,100\n"),
            "--biosphere", File("B.csv", "row,col,value\n0,0,1\n1,0,0.1\n0,1,10\n1,1,2\n2,1,-50\n"),
            "--demand", File("f.csv", "index,amount\n1,1000\n"),
            .. extra,
        ];
        var exit = CliRunner.Run(root, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static double[] Scaling(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("scaling").EnumerateArray().Select(e => e.GetDouble())];
    }
}
