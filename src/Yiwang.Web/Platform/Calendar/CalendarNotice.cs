using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Platform.Calendar;

/// <summary>
/// A State Council holiday notice as an administrator loaded it: the file exactly as uploaded (so the merge can be
/// replayed and checked), which years it covers, and who loaded it when. Rows are never changed; a correction is a
/// newer row, and <see cref="Sequence"/> is the merge order.
/// </summary>
internal sealed class CalendarNotice
{
    public long Sequence { get; set; }

    /// <summary>The covered years, comma-separated ascending, e.g. "2027".</summary>
    public string Years { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string Json { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Json"/> (hex), also written to the audit log.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public string LoadedBy { get; set; } = string.Empty;
    public DateTimeOffset LoadedAt { get; set; }
}

internal static class CalendarModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<CalendarNotice>(e =>
        {
            e.ToTable("calendar_notices");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedOnAdd();
            e.Property(x => x.Years).HasMaxLength(200);
            e.Property(x => x.Version).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.LoadedBy).HasMaxLength(450);
        });
    }
}
