using Yiwang.Kernel.Text;
using System.Text;
using MiniExcelLibs;
using Yiwang.Enterprises.Features.ImportRegister;

namespace Yiwang.Enterprises.Tests.Cli;

public sealed class ClassifyCommandTests
{
    [Fact]
    public void Classifies_a_gb18030_file_and_sends_bad_rows_to_the_errors_file()
    {
        using var dir = new TempDir();
        var text = string.Join('\n',
            Samples.Header,
            Samples.Good(),                                               // line 2: small
            Samples.Good(name: "\"上海, 大型\"", employees: "1000", revenue: "40000"), // line 3: large, quoted comma
            Samples.Good(industry: "6621"),                               // line 4: finance, not covered
            "91330106MA27XW1K3A,坏代码,330106,3011,1,1,1",                 // line 5: bad check character
            Samples.Good(industry: "70"),                                 // line 6: too coarse
            Samples.Good(employees: "-1"),                                // line 7: negative
            Samples.Good(industry: "0111", employees: "", revenue: "499.99", assets: "")) + "\n"; // line 8: agriculture small
        var input = dir.Write("in.csv", text, TextFileEncoding.Gb18030);
        var output = dir.File("out.csv");

        var (exit, stdout, _) = CliHarness.Run("classify", "--input", input, "--output", output);

        Assert.Equal(0, exit);
        Assert.Contains("gb18030", stdout, StringComparison.OrdinalIgnoreCase);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = File.ReadAllLines(output, Encoding.UTF8);
        Assert.Equal(Samples.Header + ",size,industry_row,rule_set,reason", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith(Samples.Good() + ",small,industry,nbs-2017,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"上海, 大型\"", lines[2], StringComparison.Ordinal);
        Assert.Contains(",large,industry,nbs-2017,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",small,agriculture,", lines[3], StringComparison.Ordinal);

        var errors = File.ReadAllLines(output + ".errors.csv", Encoding.UTF8);
        Assert.Equal("line,reason,original", errors[0]);
        Assert.Equal(5, errors.Length);
        Assert.StartsWith("4,不在划型范围：J 金融业", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("5,", errors[2], StringComparison.Ordinal);
        Assert.Contains("第18位", errors[2], StringComparison.Ordinal);
        Assert.StartsWith("6,行业代码过粗", errors[3], StringComparison.Ordinal);
        Assert.StartsWith("7,从业人员“-1”不能为负数", errors[4], StringComparison.Ordinal);
        Assert.Contains(Samples.Uscc(), errors[4], StringComparison.Ordinal);
        Assert.Contains("micro 0, small 2, medium 0, large 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_xlsx_and_writes_xlsx_with_english_reasons_and_the_300_rule_set()
    {
        using var dir = new TempDir();
        var input = dir.File("in.xlsx");
        MiniExcel.SaveAs(input, new[]
        {
            new Dictionary<string, object?> { ["uscc"] = Samples.Uscc(), ["name"] = "甲", ["region_code"] = "330106", ["industry_code"] = "5211", ["employees"] = 5, ["revenue_10k_yuan"] = 5000, ["total_assets_10k_yuan"] = null },
            new Dictionary<string, object?> { ["uscc"] = Samples.Uscc(), ["name"] = "乙", ["region_code"] = "330106", ["industry_code"] = "3011", ["employees"] = 2000, ["revenue_10k_yuan"] = 90000, ["total_assets_10k_yuan"] = null },
            new Dictionary<string, object?> { ["uscc"] = "x", ["name"] = "丙", ["region_code"] = "330106", ["industry_code"] = "3011", ["employees"] = 1, ["revenue_10k_yuan"] = 1, ["total_assets_10k_yuan"] = null },
        });
        var output = dir.File("out.xlsx");

        var (exit, _, err) = CliHarness.Run("classify", "-i", input, "-o", output, "--rule-set", "miit-2011-300", "--lang", "en");

        Assert.True(exit == 0, err);
        var rows = MiniExcel.Query(output, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("micro", rows[0]["size"]);
        Assert.Equal("retail", rows[0]["industry_row"]);
        Assert.Equal("employees<10 (small lower bound)", rows[0]["reason"]);
        Assert.Equal("large", rows[1]["size"]);
        Assert.Contains("not an SME", (string)rows[1]["reason"]!, StringComparison.Ordinal);
        var errors = File.ReadAllLines(output + ".errors.csv");
        Assert.StartsWith("4,", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_rule_set_file_can_be_used()
    {
        using var dir = new TempDir();
        var json = Domain.SizeClassificationTests.RuleSetLoaderTests.NbsJson();
        json["id"] = "draft";
        json["rows"]![1]!["thresholds"]!["small"]!["employees"] = 260;
        var rules = dir.Write("draft.json", json.ToJsonString(), new UTF8Encoding(false));
        var input = dir.Write("in.csv", $"{Samples.Header}\n{Samples.Good()}\n", new UTF8Encoding(false));

        var (exit, _, _) = CliHarness.Run("classify", "--input", input, "--output", dir.File("o.csv"), "--rule-set", rules);

        Assert.Equal(0, exit);
        Assert.Contains(",micro,industry,draft,", File.ReadAllText(dir.File("o.csv")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-input")]
    [InlineData("unknown-rule-set")]
    [InlineData("bad-header")]
    [InlineData("no-options")]
    [InlineData("bad-lang")]
    public void Usage_and_input_problems_exit_with_2(string problem)
    {
        using var dir = new TempDir();
        var good = dir.Write("in.csv", $"{Samples.Header}\n{Samples.Good()}\n", new UTF8Encoding(false));
        var badHeader = dir.Write("bad.csv", "a,b\n1,2\n", new UTF8Encoding(false));
        string[] args = problem switch
        {
            "missing-input" => ["classify", "--input", dir.File("nope.csv"), "--output", dir.File("o.csv")],
            "unknown-rule-set" => ["classify", "--input", good, "--output", dir.File("o.csv"), "--rule-set", "gb-2099"],
            "bad-header" => ["classify", "--input", badHeader, "--output", dir.File("o.csv")],
            "bad-lang" => ["classify", "--input", good, "--output", dir.File("o.csv"), "--lang", "fr"],
            _ => ["classify"],
        };

        var (exit, _, err) = CliHarness.Run(args);

        Assert.Equal(2, exit);
        Assert.False(string.IsNullOrWhiteSpace(err));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("classify", "--help")]
    [InlineData("impact", "--help")]
    [InlineData("generate", "register", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var (exit, stdout, _) = CliHarness.Run(args);
        Assert.Equal(0, exit);
        Assert.Contains("Usage", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Program_wires_the_commands()
    {
        // The real entry point: a missing input file must reach the classify command and exit 2.
        var entry = typeof(Yiwang.Cli.CliRunner).Assembly.EntryPoint!;
        var exit = (int)entry.Invoke(null, [new[] { "classify", "--input", "/nonexistent/in.csv", "--output", Path.GetTempFileName() }])!;
        Assert.Equal(2, exit);
    }
}
