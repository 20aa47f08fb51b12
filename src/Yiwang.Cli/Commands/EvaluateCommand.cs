using System.CommandLine;
using System.Globalization;
using Yiwang.Cultivation.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang evaluate --rule-set ID --tier TIER|all --input FILE.csv|FILE.xlsx --output FILE.csv [--lang zh|en]</c></summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var ruleSet = new Option<string>("--rule-set", "-r") { Description = $"Rule-set id: {string.Join(", ", CultivationBatch.RuleSetIds)}", Required = true };
        var tier = new Option<string>("--tier", "-t") { Description = $"Tier: {string.Join(", ", CultivationBatch.TierIds)}, or all (one output row per tier)", Required = true };
        var input = new Option<string>("--input", "-i") { Description = "Facts file: .csv (UTF-8 or GB18030) or .xlsx, header row of fact names; see docs/user-guide/cultivation-facts.md", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Result CSV; bad rows go to <output>.errors.csv", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language of the gap texts", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("evaluate", "Evaluate enterprises against a 梯度培育 tier (创新型 / 专精特新): eligibility, score and top gaps per row")
        {
            ruleSet, tier, input, output, lang,
        };
        command.SetAction(parse =>
        {
            var progressWriter = parse.InvocationConfiguration.Error;
            var request = new CultivationBatchRequest(parse.GetRequiredValue(input), parse.GetRequiredValue(output),
                parse.GetRequiredValue(ruleSet), parse.GetRequiredValue(tier), parse.GetValue(lang) == "en", new SyncProgress(progressWriter));
            CultivationBatchSummary summary;
            try
            {
                summary = CultivationBatch.Run(request);
            }
            catch (CultivationBatchException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{ex.MessageZh}\n{ex.Message}");
                return CliRunner.Usage;
            }

            var writer = parse.InvocationConfiguration.Output;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rule set {summary.RuleSetId}, tier {summary.Tier}: rows {summary.Rows:N0}, eligible {summary.Eligible:N0}, not eligible {summary.NotEligible:N0}, undetermined {summary.Undetermined:N0}, errors {summary.Errors:N0}"));
            writer.WriteLine($"output {summary.OutputPath}");
            writer.WriteLine($"errors {summary.ErrorsPath}");
            return CliRunner.Success;
        });
        return command;
    }

    /// <summary>Progress on stderr so stdout stays the summary; synchronous (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(TextWriter writer) : IProgress<long>
    {
        public void Report(long value) => writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... {value:N0} rows"));
    }
}
