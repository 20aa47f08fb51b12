using Yiwang.Kernel.Text;
using System.Text;
using MiniExcelLibs;
using Yiwang.Enterprises.Features.ImportRegister;

namespace Yiwang.Enterprises.Tests.Features.ImportRegister;

public sealed class RegisterReaderTests
{
    private static List<RegisterReadResult> ReadText(string text, Encoding encoding, string name = "r.csv")
    {
        using var dir = new TempDir();
        return RegisterReader.Read(dir.Write(name, text, encoding)).ToList();
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8bom")]
    [InlineData("gb18030")]
    public void Reads_utf8_with_or_without_bom_and_gb18030(string kind)
    {
        Encoding encoding = kind switch
        {
            "utf8" => new UTF8Encoding(false),
            "utf8bom" => new UTF8Encoding(true),
            _ => TextFileEncoding.Gb18030,
        };
        var rows = ReadText($"{Samples.Header}\n{Samples.Good()}\n", encoding);
        var record = Assert.Single(rows).Record!;
        Assert.Equal("杭州示例制造有限公司", record.Name);
        Assert.Equal(250, record.Figures.Employees);
        Assert.Equal(5000m, record.Figures.RevenueTenThousandYuan);
        Assert.Equal(2, record.LineNumber);
    }

    [Fact]
    public void Detects_gb18030_only_when_not_valid_utf8()
    {
        using var dir = new TempDir();
        using (var s = File.OpenRead(dir.Write("a.csv", "名称,中文", TextFileEncoding.Gb18030))) Assert.Equal("GB18030", TextFileEncoding.Detect(s).WebName, ignoreCase: true);
        using (var s = File.OpenRead(dir.Write("b.csv", "名称,中文", new UTF8Encoding(false)))) Assert.Equal(Encoding.UTF8.WebName, TextFileEncoding.Detect(s).WebName);
    }

    [Fact]
    public void Accepts_chinese_headers_quoted_fields_and_the_reporting_year()
    {
        var text = "统一社会信用代码,企业名称,行政区划代码,行业代码,从业人员,营业收入（万元）,资产总额(万元),报告年度\n" +
                   $"{Samples.Uscc()},\"杭州\"\"示例\"\",制造\",330106,C3011,\"250\",5000.5,,2024\n";
        var record = Assert.Single(ReadText(text, new UTF8Encoding(false))).Record!;
        Assert.Equal("杭州\"示例\",制造", record.Name);
        Assert.Equal(2024, record.ReportingYear);
        Assert.Null(record.Figures.TotalAssetsTenThousandYuan);
        Assert.Equal("3011", record.Industry.Value);
    }

    [Theory]
    [InlineData("91330106MA27XW1K3A,甲,330106,3011,1,1,1", "uscc.check", "第18位")]
    [InlineData("91330106MA27XW1K3,甲,330106,3011,1,1,1", "uscc.length", "18位")]
    [InlineData(",甲,330106,3011,1,1,1", "uscc.empty", "为空")]
    [InlineData("{U},,330106,3011,1,1,1", "name.empty", "企业名称为空")]
    [InlineData("{U},甲,33010,3011,1,1,1", "region.format", "6位数字")]
    [InlineData("{U},甲,990106,3011,1,1,1", "region.unknown", "省级代码")]
    [InlineData("{U},甲,330106,3X11,1,1,1", "industry.format", "行业代码")]
    [InlineData("{U},甲,330106,99,1,1,1", "industry.format", "行业代码")]
    [InlineData("{U},甲,330106,3011,abc,1,1", "employees.format", "不是数字")]
    [InlineData("{U},甲,330106,3011,-3,1,1", "employees.negative", "负数")]
    [InlineData("{U},甲,330106,3011,2.5,1,1", "employees.fraction", "整数")]
    [InlineData("{U},甲,330106,3011,20000000,1,1", "employees.absurd", "合理上限")]
    [InlineData("{U},甲,330106,3011,1,2000000000,1", "revenue_10k_yuan.absurd", "单位")]
    [InlineData("{U},甲,330106,3011,1,-0.01,1", "revenue_10k_yuan.negative", "负数")]
    [InlineData("{U},甲,330106,3011,1,1,x", "total_assets_10k_yuan.format", "不是数字")]
    [InlineData("{U},甲,乙,330106,3011,1,1,1", "row.columns", "列")]
    public void Bad_rows_come_back_as_errors_with_line_and_original(string row, string key, string zh)
    {
        var line = row.Replace("{U}", Samples.Uscc(), StringComparison.Ordinal);
        var rows = ReadText($"{Samples.Header}\n{Samples.Good()}\n{line}\n", new UTF8Encoding(false));
        Assert.True(rows[0].IsValid);
        var error = rows[1].Error!;
        Assert.Equal(key, error.Key);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(line, error.Original);
        Assert.Contains(zh, error.ReasonZh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.ReasonEn));
    }

    [Fact]
    public void Missing_header_columns_are_a_file_problem()
    {
        var ex = Assert.Throws<RegisterFileException>(() => ReadText("uscc,name\n1,2\n", new UTF8Encoding(false)));
        Assert.Contains("region_code", ex.Problem.En, StringComparison.Ordinal);
        Assert.Contains("行政区划代码", ex.Problem.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_xlsx_with_numbers_as_cells()
    {
        using var dir = new TempDir();
        var path = dir.File("r.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object?> { ["统一社会信用代码"] = Samples.Uscc(), ["企业名称"] = "甲", ["行政区划代码"] = "330106", ["行业代码"] = "3011", ["从业人员"] = 250, ["营业收入(万元)"] = 5000.5m, ["资产总额(万元)"] = null },
            new Dictionary<string, object?> { ["统一社会信用代码"] = "bad", ["企业名称"] = "乙", ["行政区划代码"] = "330106", ["行业代码"] = "3011", ["从业人员"] = 1, ["营业收入(万元)"] = 1, ["资产总额(万元)"] = 1 },
        });
        var rows = RegisterReader.Read(path).ToList();
        Assert.Equal(250, rows[0].Record!.Figures.Employees);
        Assert.Equal(5000.5m, rows[0].Record!.Figures.RevenueTenThousandYuan);
        Assert.Equal(3, rows[1].Error!.LineNumber);
        Assert.Equal("uscc.length", rows[1].Error!.Key);
    }

    [Fact]
    public void Fast_uscc_check_agrees_with_the_kernel()
    {
        var random = new Random(3);
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXYabcIOSVZ";
        for (var i = 0; i < 5000; i++)
        {
            var good = Samples.Uscc(org: new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(31)]).ToArray()));
            var chars = good.ToCharArray();
            if (i % 2 == 0) chars[random.Next(18)] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(Kernel.Codes.Uscc.TryParse(text, out _, out _), UsccCheck.IsValid(text));
        }
    }
}
