using System.CommandLine;
using System.Globalization;
using Yiwang.Enterprises.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang classify --input FILE --output FILE [--rule-set ID-or-path] [--lang zh|en]</c></summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Register file (.csv UTF-8/GB18030, or .xlsx)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Output file (.csv or .xlsx); bad rows go to <output>.errors.csv", Required = true };
        var ruleSet = new Option<string?>("--rule-set", "-r") { Description = $"Rule-set id ({string.Join(", ", SizeRuleSets.List().Select(s => s.Id))}) or a rule-set JSON file; default {SizeRuleSets.DefaultId}" };
        var lang = new Option<string>("--lang") { Description = "Language of the reason column", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("classify", "Classify every enterprise of a register file by size (划型): large | medium | small | micro")
        {
            input, output, ruleSet, lang,
        };
        command.SetAction(parse =>
        {
            var request = new SizeBatchRequest(parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(ruleSet),
                parse.GetValue(lang) == "en");
            var error = parse.InvocationConfiguration.Error;
            var showProgress = CliRunner.IsErrorTerminal(error);
            var progress = showProgress ? new Progress(error) : null;
            var summary = SizeClassificationBatch.Run(request, progress);
            if (showProgress) error.WriteLine();
            PrintSummary(parse.InvocationConfiguration.Output, summary);
            return CliRunner.Success;
        });
        return command;
    }

    private static void PrintSummary(TextWriter writer, SizeBatchSummary s)
    {
        var ci = CultureInfo.InvariantCulture;
        var rate = s.Elapsed.TotalSeconds > 0 ? s.Rows / s.Elapsed.TotalSeconds : 0;
        writer.WriteLine(string.Create(ci, $"rule set {s.RuleSetId}, input encoding {s.InputEncoding}"));
        writer.WriteLine(string.Create(ci, $"rows {s.Rows:N0}: classified {s.Classified:N0}, errors {s.Errors:N0} in {s.Elapsed.TotalSeconds:F1} s ({rate:N0} rows/s)"));
        writer.WriteLine("sizes: " + string.Join(", ", s.BySize.Select(p => string.Create(ci, $"{p.Key} {p.Value:N0}"))));
        if (s.ErrorsByKind.Count > 0)
        {
            writer.WriteLine("errors: " + string.Join(", ", s.ErrorsByKind.OrderByDescending(p => p.Value).Select(p => string.Create(ci, $"{p.Key} {p.Value:N0}"))));
        }

        writer.WriteLine($"output {s.OutputPath}");
        writer.WriteLine($"errors {s.ErrorsPath}");
    }

    /// <summary>A periodic progress line on stderr; only used when stderr is a terminal.</summary>
    private sealed class Progress(TextWriter error) : IProgress<SizeBatchProgress>
    {
        public void Report(SizeBatchProgress value)
        {
            var percent = value.TotalBytes > 0 ? 100.0 * value.BytesRead / value.TotalBytes : 0;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value.Rows:N0} rows ({percent:F0}%)   "));
        }
    }
}
