using System.Diagnostics;
using Yiwang.Kernel.Files;
using Yiwang.Testing;

namespace Yiwang.Kernel.Tests.Files;

public sealed class XlsxGuardTests
{
    private const string Sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    [Fact]
    public void A_419_MB_bomb_is_refused_from_its_size_fields_at_once_without_inflating()
    {
        var bomb = ZipBomb.Xlsx(sheetMiB: 400);
        Assert.InRange(bomb.Length, 1, 2 * 1024 * 1024);

        var (ex, elapsed, allocated) = Measure(bomb, XlsxLimits.Upload);

        Assert.True(ex.TooLarge);
        Assert.Contains("解压后超过 100 MB", ex.Problem.Zh, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"took {elapsed}");
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_bomb_with_a_lying_size_field_is_stopped_while_inflating()
    {
        var bomb = ZipBomb.Xlsx(sheetMiB: 400, lyingSizeField: true);

        var (ex, elapsed, allocated) = Measure(bomb, XlsxLimits.Upload);

        Assert.False(string.IsNullOrEmpty(ex.Problem.Zh));
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"took {elapsed}");
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Without_a_byte_limit_the_counter_still_bounds_memory_and_the_row_limit_stops_it()
    {
        var bomb = ZipBomb.Xlsx(sheetMiB: 400);

        var (ex, elapsed, allocated) = Measure(bomb, XlsxLimits.Format);

        Assert.True(ex.TooLarge);
        Assert.Contains("1,048,576", ex.Problem.Zh, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("<dimension ref=\"A1:XFD1048576\"/><sheetData/>", "列")]
    [InlineData("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"900000\"><c r=\"A900000\"><v>1</v></c></row></sheetData>", "行")]
    [InlineData("<sheetData><row><c r=\"ZZ1\"><v>1</v></c></row></sheetData>", "列")]
    public void Sheets_claiming_more_rows_or_columns_than_allowed_are_refused(string body, string word)
    {
        var ex = Assert.Throws<XlsxRejectedException>(() => XlsxGuard.Check(new MemoryStream(ZipBomb.XlsxWithSheet(Sheet + body + "</worksheet>")), XlsxLimits.Upload));
        Assert.True(ex.TooLarge);
        Assert.Contains(word, ex.Problem.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_longer_than_excel_allows_is_refused()
    {
        var sheet = Sheet + "<sheetData><row><c t=\"inlineStr\"><is><t>" + new string('x', 40_000) + "</t></is></c></row></sheetData></worksheet>";
        var ex = Assert.Throws<XlsxRejectedException>(() => XlsxGuard.Check(new MemoryStream(ZipBomb.XlsxWithSheet(sheet)), XlsxLimits.Upload));
        Assert.Contains("32,767", ex.Problem.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void Something_that_is_not_a_workbook_is_refused_as_damaged(string content)
    {
        var ex = Assert.Throws<XlsxRejectedException>(() => XlsxGuard.Check(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(content)), XlsxLimits.Upload));
        Assert.False(ex.TooLarge);
        Assert.Contains(".xlsx", ex.Problem.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_entity_bomb_is_refused()
    {
        const string laughs = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet><sheetData><row><c><v>&b;</v></c></row></sheetData></worksheet>";
        Assert.Throws<XlsxRejectedException>(() => XlsxGuard.Check(new MemoryStream(ZipBomb.XlsxWithSheet(laughs)), XlsxLimits.Upload));
    }

    [Fact]
    public void An_ordinary_workbook_passes_and_the_stream_is_rewound()
    {
        var sheet = Sheet + "<dimension ref=\"A1:B3\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c><c r=\"B1\"><v>1</v></c></row>"
            + "<row r=\"3\"><c r=\"B3\"><v>2.5</v></c></row></sheetData></worksheet>";
        using var stream = new MemoryStream(ZipBomb.XlsxWithSheet(sheet));
        stream.Position = 0;
        XlsxGuard.Check(stream, XlsxLimits.Upload);
        Assert.Equal(0, stream.Position);
    }

    private static (XlsxRejectedException Ex, TimeSpan Elapsed, long Allocated) Measure(byte[] file, XlsxLimits limits)
    {
        using var stream = new MemoryStream(file);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<XlsxRejectedException>(() => XlsxGuard.Check(stream, limits));
        return (ex, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
