namespace Yiwang.Kernel.Files;

/// <summary>
/// What an .xlsx may hold before anything parses it. A workbook is a zip of XML parts, so a few hundred kilobytes can
/// expand to gigabytes (a "decompression bomb"), and a parser that fills the rows and columns a sheet claims can allocate
/// far more than the file's size. <see cref="Upload"/> is for files from the web; <see cref="Format"/> only enforces
/// Excel's own maximums (for files an operator runs through the CLI).
/// </summary>
/// <param name="MaxUncompressedBytes">All parts together, counted while they are decompressed (the zip's size fields are only a first check).</param>
/// <param name="MaxCompressionRatio">Uncompressed ÷ compressed size of any part above 1 MiB; real sheets compress 5–20 times.</param>
/// <param name="MaxRows">Rows of a worksheet, by count and by the highest row number a cell or the sheet's dimension names.</param>
/// <param name="MaxColumns">Columns, by the highest column letter a cell or the dimension names.</param>
/// <param name="MaxSharedStrings">Entries of the shared-string table, which parsers keep in memory.</param>
/// <param name="MaxCellCharacters">Characters of one cell's text (Excel's limit is 32,767).</param>
/// <param name="MaxEntries">Parts of the zip.</param>
public sealed record XlsxLimits(
    long MaxUncompressedBytes,
    double MaxCompressionRatio,
    int MaxRows,
    int MaxColumns,
    int MaxSharedStrings,
    int MaxCellCharacters,
    int MaxEntries)
{
    /// <summary>Excel's own sheet size: 1,048,576 rows × 16,384 columns, 32,767 characters a cell.</summary>
    public const int ExcelMaxRows = 1_048_576, ExcelMaxColumns = 16_384, ExcelMaxCellCharacters = 32_767;

    /// <summary>
    /// Web uploads: 100 MiB expanded (a 20 MB upload of real data expands to well under that), ratio 100:1, 200,000 rows,
    /// 256 columns, 1,000,000 shared strings. A bomb of 410 KB expanding to 419 MB is refused on its size fields before
    /// any byte is inflated.
    /// </summary>
    public static XlsxLimits Upload { get; } = new(100L * 1024 * 1024, 100, 200_000, 256, 1_000_000, ExcelMaxCellCharacters, 1_000);

    public static XlsxLimits Format { get; } = new(long.MaxValue, double.PositiveInfinity, ExcelMaxRows, ExcelMaxColumns, int.MaxValue, ExcelMaxCellCharacters, 100_000);
}
