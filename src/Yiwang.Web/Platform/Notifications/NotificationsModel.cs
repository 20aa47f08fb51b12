using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>Table mapping for the inbox and the outbox, applied by <c>PlatformDbContext</c>.</summary>
internal static class NotificationsModel
{
    /// <param name="sqlite">
    /// SQLite cannot compare or sort <see cref="DateTimeOffset"/> columns in SQL, and both tables are read newest-first or
    /// by due time; there the times are stored as sortable 64-bit numbers instead.
    /// </param>
    public static void Configure(ModelBuilder builder, bool sqlite)
    {
        builder.Entity<InboxEntry>(e =>
        {
            e.ToTable("inbox_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Kind).HasMaxLength(100);
            e.Property(x => x.Reference).HasMaxLength(200);
            e.Property(x => x.SubjectZh).HasMaxLength(300);
            e.Property(x => x.SubjectEn).HasMaxLength(300);
            e.Property(x => x.BodyZh).HasMaxLength(4000);
            e.Property(x => x.BodyEn).HasMaxLength(4000);
            e.Property(x => x.Link).HasMaxLength(500);
            // The inbox page, the API and the header counter all read "this user's entries, newest first".
            e.HasIndex(x => new { x.UserId, x.CreatedAt });
            if (sqlite)
            {
                e.Property(x => x.CreatedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
                e.Property(x => x.ReadAt).HasConversion(new DateTimeOffsetToBinaryConverter());
            }
        });
        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("email_outbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.ToAddress).HasMaxLength(256);
            e.Property(x => x.Subject).HasMaxLength(300);
            e.Property(x => x.Body).HasMaxLength(8000);
            e.Property(x => x.Kind).HasMaxLength(100);
            e.Property(x => x.Reference).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LastError).HasMaxLength(1000);
            // The sender's query: pending rows whose next attempt is due.
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            if (sqlite)
            {
                e.Property(x => x.CreatedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
                e.Property(x => x.NextAttemptAt).HasConversion(new DateTimeOffsetToBinaryConverter());
                e.Property(x => x.SentAt).HasConversion(new DateTimeOffsetToBinaryConverter());
            }
        });
    }
}
