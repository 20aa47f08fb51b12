using System.IO.Compression;
using System.Xml;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Files;

/// <summary>
/// Checks an .xlsx against <see cref="XlsxLimits"/> before a parser (MiniExcel) opens it, and rewinds the stream. First the
/// zip's own size fields (cheap: refuses an honest bomb without inflating a byte), then every part is inflated once
/// through a counter that stops at the limit (a lying size field gains nothing), and the worksheets and shared strings
/// are scanned as XML for rows, columns, strings and cell length. Memory stays at a few buffers whatever the file claims.
/// </summary>
public static class XlsxGuard
{
    private const long RatioFloorBytes = 1L << 20;

    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // no entity expansion ("billion laughs")
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <exception cref="XlsxRejectedException">The file breaks a limit, is damaged, or is not a workbook.</exception>
    public static void Check(Stream stream, XlsxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (!stream.CanSeek) throw new ArgumentException("The stream must be seekable so the parser can read it after the check", nameof(stream));
        var start = stream.Position;
        try
        {
            using var zip = Open(stream);
            CheckSizeFields(zip, limits);
            var budget = new InflateBudget(limits.MaxUncompressedBytes);
            foreach (var entry in zip.Entries) Inflate(entry, limits, budget);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static ZipArchive Open(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }
    }

    private static void CheckSizeFields(ZipArchive zip, XlsxLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
            throw TooLarge($"工作簿包含 {zip.Entries.Count:N0} 个部件，超过上限 {limits.MaxEntries:N0} 个", $"The workbook has {zip.Entries.Count:N0} parts, more than the limit of {limits.MaxEntries:N0}");
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxUncompressedBytes || declared < 0) throw Expands(limits);
            if (entry.Length > RatioFloorBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                var ratio = entry.Length / Math.Max(1, entry.CompressedLength);
                throw TooLarge($"工作簿的压缩比异常（{ratio:N0} 倍，上限 {limits.MaxCompressionRatio:N0} 倍），疑似压缩炸弹，已拒绝",
                    $"The workbook is compressed {ratio:N0} times (the limit is {limits.MaxCompressionRatio:N0}), as a decompression bomb is; it was refused");
            }
        }
    }

    private static void Inflate(ZipArchiveEntry entry, XlsxLimits limits, InflateBudget budget)
    {
        try
        {
            using var raw = entry.Open();
            using var counted = new CountingReadStream(raw, budget, entry.Length, () => Expands(limits));
            var name = entry.FullName;
            if (IsWorksheet(name)) XlsxSheetScan.Sheet(XmlReader.Create(counted, Xml), limits);
            else if (name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) XlsxSheetScan.SharedStrings(XmlReader.Create(counted, Xml), limits);
            else counted.CopyTo(Stream.Null);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            throw Damaged();
        }
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && !name.Contains("/_rels/", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    internal static XlsxRejectedException TooLarge(string zh, string en) => new(new Bilingual(zh, en), tooLarge: true);

    private static XlsxRejectedException Expands(XlsxLimits limits)
    {
        var mb = limits.MaxUncompressedBytes / 1024 / 1024;
        return TooLarge($"工作簿解压后超过 {mb:N0} MB，疑似压缩炸弹或内容过多，已拒绝；请拆分文件，或另存为 .csv 后导入",
            $"The workbook expands to more than {mb:N0} MB (a decompression bomb, or too much data) and was refused; split it, or save it as .csv and import that");
    }

    private static XlsxRejectedException Damaged() => new(new Bilingual(
        "文件不是有效的 Excel 工作簿（.xlsx），或已损坏；请在 Excel 中重新另存为 .xlsx 或 .csv 后再导入",
        "The file is not a valid Excel workbook (.xlsx), or it is damaged; save it again from Excel as .xlsx or .csv and import that"), tooLarge: false);
}
