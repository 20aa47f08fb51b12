using System.CommandLine;
using System.Text.Json;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

namespace Yiwang.Carbon.Tests.Cli;

public sealed class LcaCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("yiwang-lca-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("yiwang");
        root.Subcommands.Add(LcaCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliRunner.Run(root, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string[] HeijungsSuh(string? technosphere = null, string? biosphere = null, string? demand = null) =>
    [
        "lca", "solve",
        "--technosphere", File("A.csv", technosphere ?? "row,col,value\n0,0,-2\n1,0,10\n0,1,100\n"),
        "--biosphere", File("B.csv", biosphere ?? "row,col,value\n0,0,1\n1,0,0.1\n0,1,10\n1,1,2\n2,1,-50\n"),
        "--demand", File("f.csv", demand ?? "index,amount\n1,1000\n"),
    ];

    [Fact]
    public void Heijungs_Suh_through_the_cli_prints_one_json_object()
    {
        var (exit, output, err) = Run([.. HeijungsSuh(), "--characterization", File("C.csv", "row,col,value\n0,0,1\n")]);

        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal([100.0, 2.0], Numbers(json, "scaling"));
        Assert.Equal([120.0, 14.0, -100.0], Numbers(json, "inventory"));
        Assert.Equal([120.0], Numbers(json, "impacts"));
        Assert.Equal(3, json.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void Without_characterization_there_are_no_impacts()
    {
        var (exit, output, err) = Run(HeijungsSuh());

        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("impacts", out _));
    }

    [Fact]
    public void Byte_order_mark_blank_lines_and_split_duplicate_entries_are_accepted()
    {
        var (exit, output, err) = Run(HeijungsSuh(
            technosphere: "\uFEFFrow,col,value\n0,0,-2\n\n1,0,4\n1,0,6\n0,1,100\n",
            demand: "index,amount\n1,400\n1,600\n"));

        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal([100.0, 2.0], Numbers(json, "scaling"));
    }

    [Theory]
    [InlineData("0,0,-2\n1,0,10\n0,1,100\n", "A.csv:1:", "header")]
    [InlineData("row,col,value\n0,0,-2\n1,0,ten\n0,1,100\n", "A.csv:3:", "not a finite number")]
    [InlineData("row,col,value\n0,0,-2\n-1,0,10\n0,1,100\n", "A.csv:3:", "must not be negative")]
    [InlineData("row,col,value\n0,0,-2\n1,0,10\n0,1\n", "A.csv:4:", "expected 3 cells")]
    [InlineData("row,col,value\n0,0,-2\n1,0,10\n0,1,100\n0,2,1\n", "A.csv:5:", "square")]
    public void Bad_technosphere_file_exits_2_naming_file_and_line(string technosphere, string where, string what)
    {
        var (exit, output, err) = Run(HeijungsSuh(technosphere: technosphere));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(where, err, StringComparison.Ordinal);
        Assert.Contains(what, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Biosphere_column_beyond_the_processes_is_a_dimension_mismatch()
    {
        var (exit, _, err) = Run(HeijungsSuh(biosphere: "row,col,value\n0,0,1\n0,2,1\n"));

        Assert.Equal(2, exit);
        Assert.Contains("B.csv:3:", err, StringComparison.Ordinal);
        Assert.Contains("dimension mismatch", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_beyond_the_products_is_a_dimension_mismatch()
    {
        var (exit, _, err) = Run(HeijungsSuh(demand: "index,amount\n2,1000\n"));

        Assert.Equal(2, exit);
        Assert.Contains("f.csv:2:", err, StringComparison.Ordinal);
        Assert.Contains("dimension mismatch", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Singular_technosphere_exits_2_with_the_solver_message()
    {
        var (exit, output, err) = Run(HeijungsSuh(technosphere: "row,col,value\n0,0,1\n1,0,2\n0,1,2\n1,1,4\n"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("singular technosphere matrix at column 1", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2_naming_it()
    {
        var args = HeijungsSuh();
        args[5] = Path.Combine(folder, "missing.csv");

        var (exit, _, err) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("missing.csv", err, StringComparison.Ordinal);
    }

    private static double[] Numbers(JsonDocument json, string name) =>
        [.. json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];
}
