using System.CommandLine;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

namespace Yiwang.Enterprises.Tests.Cli;

/// <summary>Runs the CLI in-process, as Program.cs wires it, capturing stdout and stderr.</summary>
internal static class CliHarness
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("yiwang");
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(ImpactCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliRunner.Run(root, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
