using System.Text;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Tests.Text;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"点我\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("-", "'-")]
    public void Every_dangerous_start_is_neutralised(string cell, string written) =>
        Assert.Equal(written, CsvCells.Text(cell));

    [Theory]
    [InlineData("-3.5")]
    [InlineData("+12")]
    [InlineData("-0.25")]
    [InlineData("-1e3")]
    [InlineData("杭州西湖精密机械有限公司")]
    [InlineData("91330106MA27XW1K3Y")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Plain_numbers_and_ordinary_text_are_written_as_they_are(string cell) =>
        Assert.Equal(cell, CsvCells.Text(cell));

    [Theory]
    [InlineData("杭州西湖测试丙有限公司,分公司", "\"杭州西湖测试丙有限公司,分公司\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    public void Separators_quotes_and_line_breaks_are_quoted_per_rfc_4180(string cell, string written) =>
        Assert.Equal(written, CsvCells.Text(cell));

    [Fact]
    public void Numbers_are_rounded_invariant_and_never_prefixed()
    {
        var text = Write(csv => csv.Number(-3.5m).Number(432.97629599999993, 2).Number(1234.50m, 4).Number((decimal?)null).Number(-7L).Number(double.NaN, 1).EndRow());
        Assert.Equal("-3.5,432.98,1234.5,,-7,\r\n", text);
    }

    [Fact]
    public void Rows_end_with_crlf_and_the_stream_starts_with_a_bom_for_excel()
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.ToStream(stream, excelBom: true, leaveOpen: true)) csv.Row("统一社会信用代码", "企业名称").Text("=1").Text("x").EndRow();
        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("统一社会信用代码,企业名称\r\n'=1,x\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Gb18030_output_keeps_chinese_intact_and_gets_no_bom()
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.ToStream(stream, excelBom: true, encoding: TextFileEncoding.Gb18030, leaveOpen: true))
            csv.Row("企业名称", "规模").Row("杭州西湖茶业有限公司", "微型");
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("企业名称,规模\r\n杭州西湖茶业有限公司,微型\r\n", TextFileEncoding.Gb18030.GetString(bytes));
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'@x", "@x")]
    [InlineData("'-3.5", "'-3.5")]
    [InlineData("'abc", "'abc")]
    [InlineData("O'Brien", "O'Brien")]
    public void Restore_undoes_only_our_own_guard(string cell, string restored) =>
        Assert.Equal(restored, CsvCells.Restore(cell));

    [Fact]
    public void Separator_can_be_changed_and_is_then_what_triggers_quotes()
    {
        var text = Write(csv => csv.Text("a,b").Text("c;d").EndRow(), ';');
        Assert.Equal("a,b;\"c;d\"\r\n", text);
    }

    private static string Write(Action<CsvWriter> write, char separator = ',')
    {
        var text = new StringWriter();
        using (var csv = new CsvWriter(text, separator, leaveOpen: true)) write(csv);
        return text.ToString();
    }
}
