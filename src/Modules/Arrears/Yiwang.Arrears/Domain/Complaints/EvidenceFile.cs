namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>An evidence file's metadata; the bytes live in <see cref="EvidenceContent"/> so lists never load them.</summary>
internal sealed class EvidenceFile
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public string FileName { get; set; } = string.Empty;

    /// <summary>Detected from the content (magic bytes), never taken from the upload's name or header.</summary>
    public string ContentType { get; set; } = string.Empty;
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = string.Empty;
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = string.Empty;

    /// <summary>Saved with the metadata in one transaction; never loaded unless asked for.</summary>
    public EvidenceContent? Content { get; set; }
}

internal sealed class EvidenceContent
{
    public long Id { get; set; }
    public byte[] Bytes { get; set; } = [];
}
