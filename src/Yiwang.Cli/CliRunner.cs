using System.CommandLine;
using Spectre.Console;
using Yiwang.Enterprises.Contracts;

namespace Yiwang.Cli;

/// <summary>
/// Parses and invokes with the exit codes the CLI documents: 0 success, 1 unexpected failure, 2 usage error or
/// input that cannot be used (unknown rule set, unreadable file). Tests call it in-process with their own writers.
/// </summary>
public static class CliRunner
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;

    public static int Run(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var config = new InvocationConfiguration
        {
            Output = output ?? System.Console.Out,
            Error = error ?? System.Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !IsHelp(args))
        {
            foreach (var e in parse.Errors) config.Error.WriteLine(e.Message);
            config.Error.WriteLine("Run 'yiwang --help' (or '<command> --help') for usage.");
            return Usage;
        }

        try
        {
            return parse.Invoke(config);
        }
        catch (SizeBatchException ex)
        {
            config.Error.WriteLine($"{ex.MessageZh}\n{ex.Message}");
            return Usage;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            config.Error.WriteLine($"Unexpected error: {ex}");
            return Unexpected;
        }
    }

    /// <summary>A Spectre console over the invocation's writer, plain text when it is not a terminal.</summary>
    public static IAnsiConsole Console(TextWriter writer, bool isTerminal) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>True when <paramref name="writer"/> is the process's own stderr and that is a terminal.</summary>
    public static bool IsErrorTerminal(TextWriter writer) => ReferenceEquals(writer, System.Console.Error) && !System.Console.IsErrorRedirected;

    private static bool IsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");
}
