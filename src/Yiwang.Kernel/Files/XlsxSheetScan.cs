using System.Xml;

namespace Yiwang.Kernel.Files;

/// <summary>
/// One pass over a worksheet or the shared-string table with an XmlReader (constant memory): what a parser would
/// allocate for — rows, the widest column, strings, the longest cell — checked against the limits.
/// </summary>
internal static class XlsxSheetScan
{
    public static void Sheet(XmlReader xml, XlsxLimits limits)
    {
        using (xml)
        {
            var rows = 0;
            var buffer = new char[4096];
            while (xml.Read())
            {
                if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    CheckCell(xml, buffer, limits);
                    continue;
                }

                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "dimension":
                        var range = xml.GetAttribute("ref");
                        if (range is not null) CheckReference(range[(range.LastIndexOf(':') + 1)..], limits);
                        break;
                    case "row":
                        if (++rows > limits.MaxRows) throw Rows(limits);
                        if (xml.GetAttribute("r") is { } r && (!int.TryParse(r, out var number) || number > limits.MaxRows + 1)) throw Rows(limits);
                        break;
                    case "c":
                        if (xml.GetAttribute("r") is { } cell) CheckReference(cell, limits);
                        break;
                }
            }
        }
    }

    public static void SharedStrings(XmlReader xml, XlsxLimits limits)
    {
        using (xml)
        {
            var strings = 0;
            var buffer = new char[4096];
            while (xml.Read())
            {
                if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) CheckCell(xml, buffer, limits);
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && ++strings > limits.MaxSharedStrings)
                {
                    throw XlsxGuard.TooLarge($"工作簿中的文字条目超过 {limits.MaxSharedStrings:N0} 条，请拆分文件或另存为 .csv",
                        $"The workbook holds more than {limits.MaxSharedStrings:N0} distinct texts; split it, or save it as .csv");
                }
            }
        }
    }

    /// <summary>Counts a text node in chunks, so a cell of a billion characters is never one string.</summary>
    private static void CheckCell(XmlReader xml, char[] buffer, XlsxLimits limits)
    {
        long length = 0;
        int n;
        while ((n = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            length += n;
            if (length > limits.MaxCellCharacters)
            {
                throw XlsxGuard.TooLarge($"有单元格超过 {limits.MaxCellCharacters:N0} 个字符（Excel 单元格的上限），文件已拒绝",
                    $"A cell holds more than {limits.MaxCellCharacters:N0} characters (Excel's limit for a cell); the file was refused");
            }
        }
    }

    /// <summary>"AB12": column 28, row 12 — a parser sizes every row to the widest column and fills skipped rows.</summary>
    private static void CheckReference(string reference, XlsxLimits limits)
    {
        long column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > limits.MaxColumns) throw Columns(limits);
        }

        var digits = reference.AsSpan(i);
        if (digits.Length > 0 && (!int.TryParse(digits, out var row) || row > limits.MaxRows + 1)) throw Rows(limits);
    }

    private static XlsxRejectedException Rows(XlsxLimits limits) => XlsxGuard.TooLarge(
        $"工作表超过 {limits.MaxRows:N0} 行，请拆分后分批导入", $"A worksheet has more than {limits.MaxRows:N0} rows; split it and import the parts one by one");

    private static XlsxRejectedException Columns(XlsxLimits limits) => XlsxGuard.TooLarge(
        $"工作表超过 {limits.MaxColumns:N0} 列，请删去多余的列后再导入", $"A worksheet has more than {limits.MaxColumns:N0} columns; remove the extra columns and import again");
}
