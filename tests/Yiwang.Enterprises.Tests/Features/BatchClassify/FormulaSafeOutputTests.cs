using System.Text;
using Yiwang.Enterprises.Contracts;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Tests.Features.BatchClassify;

/// <summary>Issue 14: the classified CSV copied input cells such as "=HYPERLINK(…)" raw; a spreadsheet then ran them.</summary>
public sealed class FormulaSafeOutputTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    public void The_fast_csv_path_guards_a_formula_like_cell_and_copies_the_rest(string name, string written)
    {
        using var dir = new TempDir();
        var quoted = name.Contains('"', StringComparison.Ordinal) ? $"\"{name}\"" : name;
        var input = dir.Write("in.csv", $"{Samples.Header}\n{Samples.Good(name: quoted)}\n{Samples.Good()}\n", new UTF8Encoding(false));
        var output = dir.File("out.csv");

        SizeClassificationBatch.Run(new SizeBatchRequest(input, output), cancellationToken: TestContext.Current.CancellationToken);

        var lines = File.ReadAllText(output).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{Samples.Uscc()},{written},330106,3011,250,5000,800,small,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Samples.Good()},small,", lines[2], StringComparison.Ordinal); // an ordinary row is still copied as it was
        Assert.Equal(CsvCells.Restore(written.Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal)), name.Replace("\"\"", "\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_errors_file_guards_the_original_row_too()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.csv", $"{Samples.Header}\n{Samples.Good(name: "@evil")}\n=bad,row\n", new UTF8Encoding(false));
        var output = dir.File("out.csv");

        SizeClassificationBatch.Run(new SizeBatchRequest(input, output), cancellationToken: TestContext.Current.CancellationToken);

        var errors = File.ReadAllText(output + ".errors.csv");
        Assert.Contains(",'=bad,row", errors.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(",=bad", errors, StringComparison.Ordinal);
    }
}
