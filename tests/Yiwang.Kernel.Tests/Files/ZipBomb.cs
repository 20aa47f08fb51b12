using System.IO.Compression;
using System.Text;

namespace Yiwang.Testing;

/// <summary>
/// Builds .xlsx decompression bombs in memory, in milliseconds: the sheet's repeated rows are compressed once and the
/// compressed block is repeated (a deflate block made from an empty history references only itself, so copies of it
/// inflate to copies of the rows). Also linked into Yiwang.Web.Tests.
/// </summary>
internal static class ZipBomb
{
    public const string RegisterHeader =
        "<row><c t=\"inlineStr\"><is><t>uscc</t></is></c><c t=\"inlineStr\"><is><t>name</t></is></c><c t=\"inlineStr\"><is><t>region_code</t></is></c>" +
        "<c t=\"inlineStr\"><is><t>industry_code</t></is></c><c t=\"inlineStr\"><is><t>employees</t></is></c>" +
        "<c t=\"inlineStr\"><is><t>revenue_10k_yuan</t></is></c><c t=\"inlineStr\"><is><t>total_assets_10k_yuan</t></is></c></row>";

    private const string Row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>1</v></c></row>";

    /// <summary>
    /// A workbook whose sheet expands to about <paramref name="sheetMiB"/> MiB. <paramref name="lyingSizeField"/> writes a
    /// small uncompressed size into the zip headers, so only counting the inflated bytes can tell.
    /// </summary>
    public static byte[] Xlsx(int sheetMiB, bool lyingSizeField = false, string headerRow = RegisterHeader, string? rows = null)
    {
        var chunk = new StringBuilder(1 << 20);
        var row = rows ?? Row;
        while (chunk.Length < (1 << 20) - row.Length) chunk.Append(row);
        var head = Deflate("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + headerRow, final: false);
        var block = Deflate(chunk.ToString(), final: false);
        var tail = Deflate("</sheetData></worksheet>", final: true);
        using var sheet = new MemoryStream();
        sheet.Write(head.Bytes);
        for (var i = 0; i < sheetMiB; i++) sheet.Write(block.Bytes);
        sheet.Write(tail.Bytes);
        var inflated = head.Length + ((long)block.Length * sheetMiB) + tail.Length;
        return Build(
        [
            Part("[Content_Types].xml", ContentTypes),
            Part("_rels/.rels", RootRels),
            Part("xl/workbook.xml", Workbook),
            Part("xl/_rels/workbook.xml.rels", WorkbookRels),
            new("xl/worksheets/sheet1.xml", sheet.ToArray(), lyingSizeField ? 10_000 : inflated),
        ]);
    }

    /// <summary>A well-formed workbook with the given sheet XML (for the row, column and cell limits).</summary>
    public static byte[] XlsxWithSheet(string sheetXml) => Build(
    [
        Part("[Content_Types].xml", ContentTypes), Part("_rels/.rels", RootRels), Part("xl/workbook.xml", Workbook),
        Part("xl/_rels/workbook.xml.rels", WorkbookRels), Part("xl/worksheets/sheet1.xml", sheetXml),
    ]);

    private sealed record Entry(string Name, byte[] Compressed, long Inflated);

    private static Entry Part(string name, string xml)
    {
        var d = Deflate(xml, final: true);
        return new(name, d.Bytes, d.Length);
    }

    private static (byte[] Bytes, long Length) Deflate(string text, bool final)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var output = new MemoryStream();
        var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(bytes);
        deflate.Flush(); // a sync flush: the blocks so far end on a byte boundary, not marked final
        if (final) deflate.Dispose();
        var result = output.ToArray();
        if (!final) deflate.Dispose();
        return (result, bytes.Length);
    }

    /// <summary>A zip by hand (local headers, central directory, end record); the CRC is left 0 — no reader gets that far.</summary>
    private static byte[] Build(IReadOnlyList<Entry> entries)
    {
        using var zip = new MemoryStream();
        using var w = new BinaryWriter(zip);
        var offsets = new List<uint>();
        foreach (var e in entries)
        {
            offsets.Add((uint)zip.Position);
            w.Write(0x04034b50u); w.Write((ushort)20); w.Write((ushort)0); w.Write((ushort)8); w.Write(0u);
            w.Write(0u); w.Write((uint)e.Compressed.Length); w.Write((uint)e.Inflated);
            w.Write((ushort)Encoding.UTF8.GetByteCount(e.Name)); w.Write((ushort)0); w.Write(Encoding.UTF8.GetBytes(e.Name));
            w.Write(e.Compressed);
        }

        var directory = (uint)zip.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            w.Write(0x02014b50u); w.Write((ushort)20); w.Write((ushort)20); w.Write((ushort)0); w.Write((ushort)8); w.Write(0u);
            w.Write(0u); w.Write((uint)e.Compressed.Length); w.Write((uint)e.Inflated);
            w.Write((ushort)Encoding.UTF8.GetByteCount(e.Name)); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write(0u);
            w.Write(offsets[i]); w.Write(Encoding.UTF8.GetBytes(e.Name));
        }

        var size = (uint)zip.Position - directory;
        w.Write(0x06054b50u); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)entries.Count); w.Write((ushort)entries.Count);
        w.Write(size); w.Write(directory); w.Write((ushort)0);
        w.Flush();
        return zip.ToArray();
    }

    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";

    private const string RootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    private const string Workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private const string WorkbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
}
