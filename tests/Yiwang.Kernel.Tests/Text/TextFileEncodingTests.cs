using System.Text;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Tests.Text;

public sealed class TextFileEncodingTests
{
    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("gb18030")]
    public void Detects_the_encoding_and_rewinds(string kind)
    {
        var text = "统一社会信用代码,企业名称\n91330106MA27XW1K3Y,杭州西湖精密机械有限公司\n";
        var bytes = kind switch
        {
            "utf8" => new UTF8Encoding(false).GetBytes(text),
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => TextFileEncoding.Gb18030.GetBytes(text),
        };
        using var stream = new MemoryStream(bytes);
        stream.Position = 0;

        var detected = TextFileEncoding.Detect(stream);

        Assert.Equal(kind == "gb18030" ? "GB18030" : "utf-8", detected.WebName, ignoreCase: true);
        Assert.Equal(0, stream.Position);
        using var reader = new StreamReader(stream, detected);
        Assert.Equal(text, reader.ReadToEnd().TrimStart('\uFEFF'));
    }

    [Fact]
    public void A_character_cut_by_the_scan_chunk_boundary_is_still_utf8()
    {
        // The scan reads 1 MiB at a time; put a 3-byte character across the boundary.
        var prefix = new string('a', (1 << 20) - 1);
        var bytes = new UTF8Encoding(false).GetBytes(prefix + "中文" + "\n");
        using var stream = new MemoryStream(bytes);

        Assert.Equal("utf-8", TextFileEncoding.Detect(stream).WebName);
    }

    [Fact]
    public void Gb18030_bytes_late_in_a_large_file_are_found()
    {
        var ascii = Encoding.ASCII.GetBytes(new string('x', 3 << 20));
        using var stream = new MemoryStream([.. ascii, .. TextFileEncoding.Gb18030.GetBytes("企业")]);

        Assert.Equal("GB18030", TextFileEncoding.Detect(stream).WebName, ignoreCase: true);
    }
}
