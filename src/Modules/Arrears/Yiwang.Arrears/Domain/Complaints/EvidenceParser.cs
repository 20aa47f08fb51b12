using System.Text;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Whether bytes that start like a PDF, JPEG or PNG really are one (issue 14: <c>%PDF-</c> followed by HTML or an
/// <c>MZ</c> executable passed the magic-byte check). PDFs are opened with PdfPig and every page read; images are
/// decoded by Skia. A file carrying markup a browser would run is refused whatever parses around it.
/// </summary>
internal static class EvidenceParser
{
    /// <summary>A photo of a delivery note needs far less; more is a decompression bomb (a few KB of PNG inflating to GBs).</summary>
    public const long MaxPixels = 50_000_000;

    private static readonly byte[][] Markup =
        [.. new[] { "<script", "<html", "<!doctype", "<body", "<iframe", "<svg", "<object", "<embed", "javascript:" }.Select(Encoding.ASCII.GetBytes)];

    public static bool Parses(string contentType, byte[] content) =>
        !CarriesMarkup(content) && contentType switch
        {
            "application/pdf" => IsPdf(content),
            "image/png" => IsImage(content, SKEncodedImageFormat.Png),
            "image/jpeg" => IsImage(content, SKEncodedImageFormat.Jpeg),
            _ => false,
        };

    private static bool IsPdf(byte[] content)
    {
        try
        {
            // Lenient parsing (PdfPig's default): scanners write PDFs with small xref errors that readers accept;
            // a file with no page tree at all does not open.
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages < 1) return false;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (document.GetPage(number).Width <= 0) return false;
            }
            return true;
        }
#pragma warning disable CA1031 // any failure of the parser means "not a PDF": the upload is refused, not the request crashed
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static bool IsImage(byte[] content, SKEncodedImageFormat format)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format) return false;
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels) return false;
        using var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        return codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success;
    }

    /// <summary>ASCII-case-insensitive search; compressed streams do not spell these words by chance.</summary>
    private static bool CarriesMarkup(byte[] content)
    {
        var lower = new byte[content.Length];
        for (var i = 0; i < content.Length; i++) lower[i] = content[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(content[i] | 0x20) : content[i];
        return Markup.Any(word => lower.AsSpan().IndexOf(word) >= 0);
    }
}
