using System.CommandLine;
using System.Text;
using System.Text.Json;
using Yiwang.Carbon.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang lca solve --technosphere A.csv --biosphere B.csv --demand f.csv [--characterization C.csv] [--solver auto|klu|managed]</c></summary>
public static class LcaCommand
{
    public static Command Create()
    {
        var command = new Command("lca", "Life-cycle assessment with the matrix method (Heijungs & Suh)");
        command.Subcommands.Add(Solve());
        return command;
    }

    private static Command Solve()
    {
        var technosphere = new Option<string>("--technosphere", "-A") { Description = "Technosphere matrix A (products × processes) as CSV 'row,col,value', 0-based", Required = true };
        var biosphere = new Option<string>("--biosphere", "-B") { Description = "Biosphere matrix B (elementary flows × processes) as CSV 'row,col,value'", Required = true };
        var demand = new Option<string>("--demand", "-f") { Description = "Final demand as CSV 'index,amount'", Required = true };
        var characterization = new Option<string?>("--characterization", "-C") { Description = "Characterization matrix C (impact categories × flows) as CSV 'row,col,value'" };
        var solver = new Option<LcaSolverKind?>("--solver")
        {
            Description = "auto (default: SuiteSparse KLU when libklu.so.1 loads, else the managed LU), klu, or managed; default from YIWANG_LCA_SOLVER",
        };
        var command = new Command("solve", "Solve A·s = f and print {scaling, inventory, impacts} as one JSON object")
        {
            technosphere, biosphere, demand, characterization, solver,
        };
        command.SetAction(parse =>
        {
            LcaSolution solution;
            try
            {
                solution = LcaFiles.Solve(parse.GetRequiredValue(technosphere), parse.GetRequiredValue(biosphere),
                    parse.GetRequiredValue(demand), parse.GetValue(characterization), parse.GetValue(solver));
            }
            catch (LcaException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return CliRunner.Usage;
            }

            foreach (var line in solution.Explanations) parse.InvocationConfiguration.Error.WriteLine(line);
            parse.InvocationConfiguration.Output.WriteLine(ToJson(solution));
            return CliRunner.Success;
        });
        return command;
    }

    private static string ToJson(LcaSolution solution)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteArray(json, "scaling", solution.Scaling);
            WriteArray(json, "inventory", solution.Inventory);
            if (solution.Impacts is { } impacts) WriteArray(json, "impacts", impacts);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteNumberValue(v);
        json.WriteEndArray();
    }
}
