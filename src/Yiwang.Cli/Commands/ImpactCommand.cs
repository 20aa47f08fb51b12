using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Yiwang.Enterprises.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang impact --input FILE --from ID --to ID-or-FILE [--output FILE.csv|.xlsx]</c></summary>
public static class ImpactCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Register file (.csv or .xlsx)", Required = true };
        var from = new Option<string>("--from") { Description = "Current rule set (id or file)", Required = true };
        var to = new Option<string>("--to") { Description = "Rule set to compare with (id or file, e.g. a draft revision)", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Also write the matrices in long form (.csv or .xlsx)" };
        var command = new Command("impact", "Show how many enterprises would change size between two rule sets (transition matrices)")
        {
            input, from, to, output,
        };
        command.SetAction(parse =>
        {
            var result = SizeImpact.Compare(parse.GetRequiredValue(input), parse.GetRequiredValue(from), parse.GetRequiredValue(to));
            var writer = parse.InvocationConfiguration.Output;
            var console = CliRunner.Console(writer, ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected);
            Render(console, result);
            if (parse.GetValue(output) is { } path)
            {
                SizeImpact.Write(result, path);
                writer.WriteLine($"matrices written to {path}");
            }

            return CliRunner.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, SizeImpactResult r)
    {
        console.MarkupLine(Markup.Escape($"{r.FromRuleSet} → {r.ToRuleSet}: {r.Overall.Total:N0} enterprises, {r.RowErrors:N0} unreadable rows skipped"));
        var matrix = new Table().Title("Overall (rows: from, columns: to)").AddColumn("from \\ to");
        foreach (var c in SizeImpact.Categories) matrix.AddColumn(new TableColumn(c).RightAligned());
        for (var f = 0; f < SizeImpact.Categories.Count; f++)
        {
            matrix.AddRow([SizeImpact.Categories[f], .. r.Overall.Counts[f].Select(n => n.ToString("N0", CultureInfo.InvariantCulture))]);
        }

        console.Write(matrix);
        console.Write(Summary("By industry row", r.ByIndustryRow));
        console.Write(Summary("By province", r.ByProvince));
    }

    private static Table Summary(string title, IReadOnlyList<SizeImpactMatrix> matrices)
    {
        var table = new Table().Title(title).AddColumns("key", "name", "total", "unchanged", "moved up", "moved down", "other changes");
        foreach (var m in matrices)
        {
            var other = m.Total - m.Unchanged - m.MovedUp - m.MovedDown;
            table.AddRow(Markup.Escape(m.Key), Markup.Escape(m.NameZh), N(m.Total), N(m.Unchanged), N(m.MovedUp), N(m.MovedDown), N(other));
        }

        return table;
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
