using System.Security.Cryptography;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Accepts evidence by what the bytes are, not by the name or the declared type: PDF, JPEG and PNG only, each parsed
/// whole (<see cref="EvidenceParser"/>) (provincial
/// platforms take PDF; photos of delivery notes are common), within a size limit, with a SHA-256 kept as checksum.
/// </summary>
internal static class EvidenceInspector
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFilesPerCase = 20;

    private static readonly (string ContentType, string Extension, byte[] Magic)[] Kinds =
    [
        ("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public static EvidenceCheck Inspect(string? fileName, byte[] content)
    {
        if (content.Length == 0) return EvidenceCheck.Refused(new("文件为空", "The file is empty"));
        if (content.Length > MaxBytes)
            return EvidenceCheck.Refused(new($"文件超过 {MaxBytes / 1024 / 1024} MB 上限", $"The file exceeds the {MaxBytes / 1024 / 1024} MB limit"));
        foreach (var (type, extension, magic) in Kinds)
        {
            if (!content.AsSpan().StartsWith(magic)) continue;
            if (!EvidenceParser.Parses(type, content))
                return EvidenceCheck.Refused(new($"文件以 {KindName(type)} 开头，但不是完整有效的 {KindName(type)} 文件（无法解析，或夹带网页脚本），请上传原始文件",
                    $"The file starts like a {KindName(type)} but is not a whole, valid {KindName(type)} (it does not parse, or it carries web script); upload the original file"));
            return new EvidenceCheck(true, type, SafeName(fileName, extension), Convert.ToHexStringLower(SHA256.HashData(content)), null);
        }
        return EvidenceCheck.Refused(new("文件内容不是 PDF、JPEG 或 PNG（按文件内容判断，与文件名无关）",
            "The content is not PDF, JPEG or PNG (judged by the bytes, whatever the file name says)"));
    }

    private static string KindName(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        _ => "JPEG",
    };

    /// <summary>The last path segment without control characters, at most 120 characters, with the real type's extension.</summary>
    private static string SafeName(string? fileName, string extension)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(ch => !char.IsControl(ch) && ch is not ('<' or '>' or '"'))]).Trim();
        var stem = Path.GetFileNameWithoutExtension(name);
        if (string.IsNullOrWhiteSpace(stem)) stem = "evidence";
        if (stem.Length > 120) stem = stem[..120];
        return stem + extension;
    }
}

internal sealed record EvidenceCheck(bool Accepted, string ContentType, string FileName, string Sha256, Bilingual? Problem)
{
    public static EvidenceCheck Refused(Bilingual problem) => new(false, string.Empty, string.Empty, string.Empty, problem);
}
