using System.CommandLine;
using System.Globalization;
using Yiwang.Cultivation.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang evaluate --rule-set ID --tier TIER --input FILE.csv --output FILE.csv [--lang zh|en]</c></summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var ruleSet = new Option<string>("--rule-set", "-r") { Description = $"Rule-set id: {string.Join(", ", CultivationBatch.RuleSetIds)}", Required = true };
        var tier = new Option<string>("--tier", "-t") { Description = $"Tier: {string.Join(", ", CultivationBatch.TierIds)}", Required = true };
        var input = new Option<string>("--input", "-i") { Description = "Facts CSV (UTF-8, header row of fact names; see docs/user-guide/cultivation-facts.md)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Result CSV; bad rows go to <output>.errors.csv", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language of the gap texts", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("evaluate", "Evaluate enterprises against a 梯度培育 tier (创新型 / 专精特新): eligibility, score and top gaps per row")
        {
            ruleSet, tier, input, output, lang,
        };
        command.SetAction(parse =>
        {
            var request = new CultivationBatchRequest(parse.GetRequiredValue(input), parse.GetRequiredValue(output),
                parse.GetRequiredValue(ruleSet), parse.GetRequiredValue(tier), parse.GetValue(lang) == "en");
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
                $"rule set {summary.RuleSetId}, tier {summary.Tier}: rows {summary.Rows:N0}, eligible {summary.Eligible:N0}, not eligible {summary.NotEligible:N0}, errors {summary.Errors:N0}"));
            writer.WriteLine($"output {summary.OutputPath}");
            writer.WriteLine($"errors {summary.ErrorsPath}");
            return CliRunner.Success;
        });
        return command;
    }
}
