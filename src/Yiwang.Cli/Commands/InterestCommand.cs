using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Yiwang.Arrears.Contracts;

namespace Yiwang.Cli.Commands;

/// <summary>
/// <c>yiwang interest --principal YUAN --due YYYY-MM-DD --paid YYYY-MM-DD [--agreed-annual-rate R --signed YYYY-MM-DD]
/// [--partial-payment YYYY-MM-DD=YUAN ...] [--day-count actual/365|actual/360]</c>: late-payment interest under
/// 保障中小企业款项支付条例 第十七条, printed as one JSON object (the web API's result).
/// </summary>
public static class InterestCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Explanations are Chinese and English text read by people and scripts alike; \uXXXX escapes help neither.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var principal = new Option<string>("--principal") { Description = "Principal owed, in yuan (e.g. 1000000 or 1000000.00)", Required = true };
        var due = new Option<string>("--due") { Description = "Last day of the payment term, YYYY-MM-DD; interest runs from the next day", Required = true };
        var paid = new Option<string>("--paid") { Description = "Payment date (or valuation date), YYYY-MM-DD; counted as a day of interest", Required = true };
        var rate = new Option<string?>("--agreed-annual-rate") { Description = "Agreed late-payment rate per year: a fraction (0.0345) or a percentage (3.45%)" };
        var signed = new Option<string?>("--signed") { Description = "Contract-signing date, YYYY-MM-DD (required with --agreed-annual-rate: picks the LPR floor)" };
        var payments = new Option<string[]>("--partial-payment") { Description = "A partial payment as YYYY-MM-DD=YUAN; repeat for more", Arity = ArgumentArity.ZeroOrMore };
        var dayCount = new Option<string>("--day-count") { Description = "How an annual rate becomes daily", DefaultValueFactory = _ => "actual/365" };
        dayCount.AcceptOnlyFromAmong("actual/365", "actual/360");
        var command = new Command("interest", "Late-payment interest owed to an SME (条例 第十七条), with the rule, the article and every period, as JSON")
        {
            principal, due, paid, rate, signed, payments, dayCount,
        };
        command.SetAction(parse =>
        {
            var problems = new List<string>();
            var request = new InterestCalculationRequest(
                Number(parse.GetRequiredValue(principal), "--principal", problems),
                Date(parse.GetRequiredValue(due), "--due", problems),
                Date(parse.GetRequiredValue(paid), "--paid", problems),
                Rate(parse.GetValue(rate), problems),
                parse.GetValue(signed) is { } s ? Date(s, "--signed", problems) : null,
                [.. (parse.GetValue(payments) ?? []).Select(p => Payment(p, problems))],
                parse.GetValue(dayCount));
            var error = parse.InvocationConfiguration.Error;
            if (problems.Count > 0) return Fail(error, problems);

            var outcome = LateInterestCalculations.Calculate(request);
            if (outcome.Result is not { } result)
                return Fail(error, [.. outcome.Errors.Select(e => $"{Option(e.Key)}: {e.Value.Zh} / {e.Value.En}")]);
            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(result, Json));
            return CliRunner.Success;
        });
        return command;
    }

    private static int Fail(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var p in problems) error.WriteLine(p);
        error.WriteLine("Run 'yiwang interest --help' for usage.");
        return CliRunner.Usage;
    }

    /// <summary>The option a request field came from, so messages name what the user typed.</summary>
    private static string Option(string field) => field switch
    {
        "principalYuan" => "--principal",
        "dueDate" => "--due",
        "paidDate" => "--paid",
        "agreedAnnualRate" => "--agreed-annual-rate",
        "signedDate" => "--signed",
        "dayCount" => "--day-count",
        _ when field.StartsWith("partialPayments", StringComparison.Ordinal) => "--partial-payment " + field["partialPayments".Length..],
        _ => field,
    };

    private static decimal? Rate(string? text, List<string> problems)
    {
        if (text is null) return null;
        if (AnnualRates.TryParse(text, out var fraction)) return fraction;
        problems.Add($"--agreed-annual-rate: '{text}' 不是有效利率 / is not a rate; write 0.0345 or 3.45%");
        return null;
    }

    private static PartialPaymentRequest Payment(string text, List<string> problems)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2)
        {
            problems.Add($"--partial-payment: '{text}' 应为 / must be YYYY-MM-DD=YUAN");
            return new PartialPaymentRequest(null, null);
        }

        return new PartialPaymentRequest(Date(parts[0], "--partial-payment", problems), Number(parts[1], "--partial-payment", problems));
    }

    private static DateOnly? Date(string text, string option, List<string> problems)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"{option}: '{text}' 不是有效日期 / is not a date (YYYY-MM-DD)");
        return null;
    }

    private static decimal? Number(string text, string option, List<string> problems)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        problems.Add($"{option}: '{text}' 不是有效数字 / is not a number");
        return null;
    }
}
