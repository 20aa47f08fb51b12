using System.Text;
using Yiwang.Enterprises.Features.ImportRegister;

namespace Yiwang.Enterprises.Tests.Cli;

public sealed class ImpactAndGenerateCommandTests
{
    [Fact]
    public void Generate_writes_a_valid_register_that_classifies_without_row_errors()
    {
        using var dir = new TempDir();
        var register = dir.File("r.csv");
        var (exit, _, _) = CliHarness.Run("generate", "register", "--count", "3000", "--output", register, "--seed", "5");
        Assert.Equal(0, exit);

        var results = RegisterReader.Read(register).ToList();
        Assert.Equal(3000, results.Count);
        Assert.All(results, r => Assert.True(r.IsValid, r.Error?.ReasonEn));
        Assert.True(results.Select(r => r.Record!.Region.Value[..2]).Distinct().Count() >= 25);
        Assert.True(results.Count(r => r.Record!.Industry.Section == 'C') > 600);

        var (again, _, _) = CliHarness.Run("generate", "register", "--count", "3000", "--output", dir.File("r2.csv"), "--seed", "5");
        Assert.Equal(0, again);
        Assert.Equal(File.ReadAllBytes(register), File.ReadAllBytes(dir.File("r2.csv")));

        Assert.Equal(0, CliHarness.Run("classify", "-i", register, "-o", dir.File("o.csv")).Exit);
        var sizes = File.ReadLines(dir.File("o.csv")).Skip(1).Select(l => l.Split(',')[7]).ToList();
        Assert.True(sizes.Count(s => s is "micro" or "small") > sizes.Count * 0.8);
        Assert.Contains("large", sizes);
    }

    [Fact]
    public void Impact_prints_the_matrices_and_writes_them()
    {
        using var dir = new TempDir();
        var json = Domain.SizeClassificationTests.RuleSetLoaderTests.NbsJson();
        json["id"] = "draft";
        json["rows"]![1]!["thresholds"]!["medium"]!["employees"] = 400;
        var draft = dir.Write("draft.json", json.ToJsonString(), new UTF8Encoding(false));
        var input = dir.Write("in.csv", string.Join('\n', Samples.Header, Samples.Good(employees: "350"), Samples.Good(industry: "5211"), "bad") + "\n", new UTF8Encoding(false));

        var (exit, stdout, err) = CliHarness.Run("impact", "--input", input, "--from", "nbs-2017", "--to", draft, "--output", dir.File("m.csv"));

        Assert.True(exit == 0, err);
        Assert.Contains("nbs-2017 → draft: 2 enterprises, 1 unreadable rows skipped", stdout, StringComparison.Ordinal);
        Assert.Contains("By industry row", stdout, StringComparison.Ordinal);
        Assert.Contains("330000", stdout, StringComparison.Ordinal);
        var csv = File.ReadAllText(dir.File("m.csv"));
        Assert.Contains("nbs-2017,draft,overall,all,全部,medium,small,1", csv, StringComparison.Ordinal);
        Assert.Contains("nbs-2017,draft,industry_row,industry,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_with_an_unknown_rule_set_exits_2()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.csv", $"{Samples.Header}\n{Samples.Good()}\n", new UTF8Encoding(false));
        Assert.Equal(2, CliHarness.Run("impact", "--input", input, "--from", "nbs-2017", "--to", "nope").Exit);
    }
}
