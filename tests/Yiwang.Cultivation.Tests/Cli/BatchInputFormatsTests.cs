using System.Text;
using MiniExcelLibs;
using Yiwang.Cultivation.Contracts;

namespace Yiwang.Cultivation.Tests.Cli;

/// <summary>The batch reads what officials actually have: GB18030 CSV from Excel, quoted fields, .xlsx; and writes safe CSV.</summary>
public sealed class BatchInputFormatsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwang-evaluate-formats-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private CultivationBatchSummary Run(string input, string tier = "specialized") =>
        CultivationBatch.Run(new CultivationBatchRequest(input, Path.Combine(dir, "out.csv"), "miit-2022-63", tier, English: true));

    private string[] Output() => File.ReadAllLines(Path.Combine(dir, "out.csv"));

    [Fact]
    public void Gb18030_csv_with_quoted_commas_and_chinese_ids_is_read()
    {
        var path = Path.Combine(dir, "gbk.csv");
        File.WriteAllText(path, "id,yearsInNicheMarket,hasOwnBrand\n\"杭州,精密\",3,是\n西湖传感,2,否\n", Gb18030());

        var summary = Run(path);

        Assert.Equal(2, summary.Rows);
        Assert.Equal(0, summary.Errors);
        var rows = Output();
        Assert.StartsWith("2,\"杭州,精密\",", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("3,西湖传感,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_input_gives_the_same_answers_as_csv()
    {
        var xlsx = Path.Combine(dir, "in.xlsx");
        MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object> { ["id"] = "A", ["yearsInNicheMarket"] = 3, ["revenueLastYearTenThousandYuan"] = 3000, ["digitalLevel"] = 3 },
            new Dictionary<string, object> { ["id"] = "B", ["yearsInNicheMarket"] = "abc", ["revenueLastYearTenThousandYuan"] = 1000, ["digitalLevel"] = 1 },
        });
        var csv = Path.Combine(dir, "in.csv");
        File.WriteAllText(csv, "id,yearsInNicheMarket,revenueLastYearTenThousandYuan,digitalLevel\nA,3,3000,3\nB,abc,1000,1\n");

        var fromExcel = Run(xlsx);
        var excelRows = Output();
        var fromCsv = Run(csv);

        Assert.Equal(1, fromExcel.Errors);
        Assert.Equal(fromCsv.Rows, fromExcel.Rows);
        Assert.Equal(fromCsv.Eligible, fromExcel.Eligible);
        Assert.Equal(Output()[1], excelRows[1]);
        Assert.StartsWith("3,B,", File.ReadAllLines(Path.Combine(dir, "out.csv.errors.csv"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_like_cells_are_neutralised_on_write_but_negative_numbers_are_not()
    {
        var path = Path.Combine(dir, "in.csv");
        File.WriteAllText(path, "id,yearsInNicheMarket\n=HYPERLINK(\"x\"),3\n@SUM(A1),3\n-5,3\n");

        Run(path);

        var rows = Output();
        Assert.StartsWith("2,\"'=HYPERLINK(\"\"x\"\")\",", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("3,'@SUM(A1),", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("4,-5,", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Tier_all_writes_one_row_per_tier_and_reports_progress()
    {
        var path = Path.Combine(dir, "in.csv");
        File.WriteAllText(path, "id,yearsInNicheMarket\nA,3\n\nB,x\nC,4\n");
        var seen = new List<long>();

        var summary = CultivationBatch.Run(new CultivationBatchRequest(path, Path.Combine(dir, "out.csv"), "miit-2022-63", "all", Progress: new Recorder(seen)));

        Assert.Equal(3, summary.Rows);
        Assert.Equal(1, summary.Errors);
        Assert.Equal("all", summary.Tier);
        var tiers = Output().Skip(1).Select(r => r.Split(',')[3]).ToList();
        Assert.Equal(["innovative", "specialized", "littleGiant", "innovative", "specialized", "littleGiant"], tiers);
        Assert.Equal([3L], seen);
        Assert.StartsWith("4,B,", File.ReadAllLines(Path.Combine(dir, "out.csv.errors.csv"))[1], StringComparison.Ordinal);
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private sealed class Recorder(List<long> seen) : IProgress<long>
    {
        public void Report(long value) => seen.Add(value);
    }
}
