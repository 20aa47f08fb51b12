using System.CommandLine;
using System.Text.Json;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

namespace Yiwang.Arrears.Tests.Cli;

public sealed class InterestCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("yiwang");
        root.Subcommands.Add(InterestCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliRunner.Run(root, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static JsonElement Json(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Prints_one_json_object_with_the_overdue_days_and_the_interest()
    {
        var (exit, stdout, err) = Run("interest", "--principal", "1000000", "--due", "2025-03-31", "--paid", "2025-04-30");
        Assert.True(exit == 0, err);
        var json = Json(stdout);
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal(30, json.GetProperty("overdueDays").GetInt32());
        Assert.Equal(15_000.00m, json.GetProperty("interestYuan").GetDecimal());
        Assert.Equal("statutoryDailyRate", json.GetProperty("rule").GetProperty("code").GetString());
        Assert.Equal("actual/365", json.GetProperty("dayCount").GetString());
        Assert.Contains("第十七条", json.GetProperty("article").GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("periods").GetArrayLength());
        Assert.Contains("万分之五", stdout, StringComparison.Ordinal); // readable, not \uXXXX-escaped
    }

    [Theory]
    [InlineData("0.03")]
    [InlineData("3%")]
    public void Takes_the_agreed_rate_as_a_fraction_or_a_percentage_and_applies_the_lpr_floor(string rate)
    {
        var (exit, stdout, err) = Run("interest", "--principal", "1000000", "--due", "2025-03-31", "--paid", "2025-04-30",
            "--agreed-annual-rate", rate, "--signed", "2024-06-01");
        Assert.True(exit == 0, err);
        var json = Json(stdout);
        Assert.Equal(2_835.62m, json.GetProperty("interestYuan").GetDecimal());
        var rule = json.GetProperty("rule");
        Assert.Equal("agreedRateRaisedToLprFloor", rule.GetProperty("code").GetString());
        Assert.Equal(0.0345m, rule.GetProperty("lprFloor").GetProperty("annualRate").GetDecimal());
        Assert.Equal("2024-05-20", rule.GetProperty("lprFloor").GetProperty("fixingDate").GetString());
    }

    [Fact]
    public void Partial_payments_and_actual_360_are_options()
    {
        var (exit, stdout, err) = Run("interest", "--principal", "1000000", "--due", "2025-03-31", "--paid", "2025-04-30",
            "--partial-payment", "2025-04-10=400000", "--agreed-annual-rate", "3.6%", "--signed", "2024-06-01", "--day-count", "actual/360");
        Assert.True(exit == 0, err);
        var json = Json(stdout);
        // 1,000,000 × 0.036 × 10/360 = 1,000.00; 600,000 × 0.036 × 20/360 = 1,200.00
        Assert.Equal(2_200.00m, json.GetProperty("interestYuan").GetDecimal());
        Assert.Equal(2, json.GetProperty("periods").GetArrayLength());
    }

    [Theory]
    [InlineData("--signed", "--agreed-annual-rate", "0.04")]                            // rate without a signing date
    [InlineData("--principal", "--principal", "-5")]                                    // negative principal
    [InlineData("--due", "--due", "2025-02-30")]                                        // not a date
    [InlineData("--agreed-annual-rate", "--agreed-annual-rate", "abc")]                 // not a rate
    [InlineData("--agreed-annual-rate", "--agreed-annual-rate", "3.45")]                // 345 % a year: a percent without its sign
    [InlineData("--partial-payment", "--partial-payment", "2025-04-10")]                // no amount
    [InlineData("--partial-payment [0].date", "--partial-payment", "2025-05-10=1")]     // after the payment date
    public void Bad_input_exits_2_and_names_the_option(string named, string option, string value)
    {
        var args = new List<string> { "interest", "--principal", "1000", "--due", "2025-03-31", "--paid", "2025-04-30" };
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);
        var (exit, stdout, err) = Run([.. args]);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains(named, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_options_and_unknown_day_counts_are_usage_errors()
    {
        Assert.Equal(2, Run("interest", "--principal", "1000", "--due", "2025-03-31").Exit);
        Assert.Equal(2, Run("interest", "--principal", "1000", "--due", "2025-03-31", "--paid", "2025-04-30", "--day-count", "30/360").Exit);
    }
}
