using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Yiwang.Kernel.Text;

/// <summary>
/// Files from Excel and from government systems arrive as UTF-8 (with or without BOM) or GB18030. A file that is valid
/// UTF-8 from end to end is UTF-8; anything else is read as GB18030 (a superset of GBK/GB2312, what Excel on Chinese
/// Windows writes). Shared by every import so a file reads the same in the register, cultivation and indicators.
/// </summary>
public static class TextFileEncoding
{
    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>Scans a seekable stream (vectorised UTF-8 validation, ~GB/s) and rewinds it.</summary>
    public static Encoding Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var carry = 0;
            var first = true;
            while (true)
            {
                var read = stream.Read(buffer, carry, buffer.Length - carry);
                var total = carry + read;
                if (first && total >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) return Encoding.UTF8;
                first = false;
                if (read == 0) return total == 0 || Utf8.IsValid(buffer.AsSpan(0, total)) ? Encoding.UTF8 : Gb18030;
                var tail = IncompleteTail(buffer.AsSpan(0, total));
                if (!Utf8.IsValid(buffer.AsSpan(0, total - tail))) return Gb18030;
                buffer.AsSpan(total - tail, tail).CopyTo(buffer);
                carry = tail;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
        }
    }

    /// <summary>Bytes at the end that start a multi-byte sequence the chunk cut off.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var i = 1; i <= Math.Min(3, bytes.Length); i++)
        {
            var b = bytes[^i];
            if ((b & 0xC0) == 0x80) continue;
            if (b < 0xC0) return 0;
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return needed > i ? i : 0;
        }

        return 0;
    }
}
