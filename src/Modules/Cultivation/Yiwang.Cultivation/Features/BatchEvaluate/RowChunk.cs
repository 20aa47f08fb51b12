namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// A block of input rows with their cells copied into one character buffer: no string per cell, and the buffers are
/// reused from chunk to chunk, so a million rows allocate no more than the first chunk did.
/// </summary>
internal sealed class RowChunk
{
    private char[] text = new char[1 << 16];
    private int textUsed;
    private (int Start, int Length)[] cells = new (int, int)[1 << 12];
    private int cellsUsed;
    private (long Line, int FirstCell, int CellCount)[] rows = new (long, int, int)[64];

    public int Count { get; private set; }

    public long Line(int row) => rows[row].Line;

    public int CellCount(int row) => rows[row].CellCount;

    public ReadOnlySpan<char> Cell(int row, int column)
    {
        var (start, length) = cells[rows[row].FirstCell + column];
        return text.AsSpan(start, length);
    }

    public void Clear() => Count = textUsed = cellsUsed = 0;

    public void StartRow(long line)
    {
        if (Count == rows.Length) Array.Resize(ref rows, rows.Length * 2);
        rows[Count++] = (line, cellsUsed, 0);
    }

    public void AddCell(ReadOnlySpan<char> cell)
    {
        if (textUsed + cell.Length > text.Length) Array.Resize(ref text, Math.Max(text.Length * 2, textUsed + cell.Length));
        if (cellsUsed == cells.Length) Array.Resize(ref cells, cells.Length * 2);
        cell.CopyTo(text.AsSpan(textUsed));
        cells[cellsUsed++] = (textUsed, cell.Length);
        textUsed += cell.Length;
        rows[Count - 1].CellCount++;
    }
}
