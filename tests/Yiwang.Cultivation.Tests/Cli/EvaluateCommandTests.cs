using System.CommandLine;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

namespace Yiwang.Cultivation.Tests.Cli;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwang-evaluate-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { EvaluateCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliRunner.Run(root, ["evaluate", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Header = "id,yearsInNicheMarket,revenueLastYearTenThousandYuan,mainBusinessRevenueLastYearTenThousandYuan,rdExpenseLastYearTenThousandYuan,equityFinancingLastTwoYearsTenThousandYuan,digitalLevel,hasOwnBrand,rdInstitutionLevel";

    [Fact]
    public void Evaluates_every_row_and_sends_bad_rows_to_the_errors_file()
    {
        var input = Write("in.csv", Header + "\n" +
            "A,3,3000,2800,80,,3,是,City\n" +
            "B,2,1500,1400,100,6000,2,no,None\n" +
            "C,abc,1000,900,100,,1,yes,City\n" +
            "D,3,1000,900,100,,9,yes,City\n" +
            "E,3,1000\n");
        var output = Path.Combine(dir, "out.csv");
        var (code, stdout, _) = Run("--rule-set", "miit-2022-63", "--tier", "specialized", "--input", input, "--output", output, "--lang", "en");
        Assert.Equal(CliRunner.Success, code);
        Assert.Contains("rows 5", stdout, StringComparison.Ordinal);
        Assert.Contains("errors 3", stdout, StringComparison.Ordinal);
        var rows = File.ReadAllLines(output);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("line,id,ruleSet,tier,eligible,score", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2,A,miit-2022-63,specialized,false,", rows[1], StringComparison.Ordinal);
        Assert.Contains("800,000 yuan → needs ≥ 1,000,000 yuan", rows[1], StringComparison.Ordinal);
        Assert.Contains(",true,", rows[2], StringComparison.Ordinal);
        Assert.Contains(",D3,", rows[2], StringComparison.Ordinal);
        var errors = File.ReadAllLines(output + ".errors.csv");
        Assert.Equal(4, errors.Length);
        Assert.StartsWith("4,C,", errors[1], StringComparison.Ordinal);
        Assert.Contains("yearsInNicheMarket", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("5,D,", errors[2], StringComparison.Ordinal);
        Assert.Contains("digitalLevel", errors[2], StringComparison.Ordinal);
        Assert.StartsWith("6,E,", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_under_the_2026_rules_gives_the_2026_answer()
    {
        var input = Write("in.csv", Header + "\nB,2,1500,1400,100,6000,2,no,None\n");
        var output = Path.Combine(dir, "out.csv");
        var (code, _, _) = Run("-r", "miit-2026-2", "-t", "specialized", "-i", input, "-o", output);
        Assert.Equal(CliRunner.Success, code);
        var row = File.ReadAllLines(output)[1];
        Assert.Contains(",false,", row, StringComparison.Ordinal);
        Assert.Contains("C1", row, StringComparison.Ordinal);
        Assert.Contains("从事特定细分市场年限 2年 → 需 ≥ 3年", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown-rules", "specialized", "in.csv")]
    [InlineData("miit-2022-63", "giant", "in.csv")]
    [InlineData("miit-2022-63", "specialized", "missing.csv")]
    public void Usage_errors_exit_with_two(string ruleSet, string tier, string inputName)
    {
        Write("in.csv", Header + "\n");
        var (code, _, err) = Run("--rule-set", ruleSet, "--tier", tier, "--input", Path.Combine(dir, inputName), "--output", Path.Combine(dir, "out.csv"));
        Assert.Equal(CliRunner.Usage, code);
        Assert.NotEmpty(err);
    }

    [Fact]
    public void An_unknown_column_is_a_usage_error()
    {
        var input = Write("in.csv", "id,turnover\nA,1\n");
        var (code, _, err) = Run("--rule-set", "miit-2022-63", "--tier", "specialized", "--input", input, "--output", Path.Combine(dir, "out.csv"));
        Assert.Equal(CliRunner.Usage, code);
        Assert.Contains("turnover", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_options_exit_with_two() => Assert.Equal(CliRunner.Usage, Run("--tier", "specialized").Code);
}
