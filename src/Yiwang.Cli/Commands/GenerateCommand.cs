using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Yiwang.Enterprises.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang generate register --count N --output FILE [--seed S]</c></summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Generate synthetic data for demos and load tests");
        command.Subcommands.Add(Register());
        return command;
    }

    private static Command Register()
    {
        var count = new Option<long>("--count", "-n") { Description = "Number of enterprises", Required = true };
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 0) r.AddError("--count must not be negative");
        });
        var output = new Option<string>("--output", "-o") { Description = "CSV file to write (UTF-8 with BOM)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file)", DefaultValueFactory = _ => 2017 };
        var command = new Command("register", "A synthetic enterprise register: weighted industries and provinces, real county codes, valid USCCs")
        {
            count, output, seed,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var error = parse.InvocationConfiguration.Error;
            var terminal = CliRunner.IsErrorTerminal(error);
            var n = parse.GetValue(count);
            var path = parse.GetRequiredValue(output);
            try
            {
                SyntheticRegister.Write(path, n, parse.GetValue(seed),
                    terminal ? new Progress<long>(done => error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{done:N0} / {n:N0}"))) : null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
            {
                error.WriteLine($"无法写入 / cannot write '{path}': {ex.Message}");
                return CliRunner.Usage;
            }

            if (terminal) error.WriteLine();
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {n:N0} enterprises to {path} in {watch.Elapsed.TotalSeconds:F1} s"));
            return CliRunner.Success;
        });
        return command;
    }
}
