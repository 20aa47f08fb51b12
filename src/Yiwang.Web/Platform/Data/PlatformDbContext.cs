using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Platform.Calendar;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Data;

/// <summary>
/// Identity (with sessions, enterprise registrations and the data-protection key ring), the audit chain, the inbox and
/// e-mail outbox, and the loaded work-calendar notices. Each provider has its own subclass so that each keeps its own migrations
/// (EF Core binds a migration set to one context type).
/// </summary>
internal abstract class PlatformDbContext(DbContextOptions options)
    : IdentityDbContext<PlatformUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The key ring that protects cookies, tokens and links, each key encrypted at rest (<c>Identity/Keys</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PlatformUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.Uscc).HasMaxLength(18);
            user.Property(u => u.RegionCode).HasMaxLength(6);
            user.Property(u => u.DepartmentName).HasMaxLength(100);
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        AccountsModel.Configure(builder, sqlite: Database.IsSqlite());
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.ActorId).HasMaxLength(450);
            entry.Property(e => e.Action).HasMaxLength(100);
            entry.Property(e => e.Subject).HasMaxLength(200);
            entry.Property(e => e.Details).HasMaxLength(4000);
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
        });
        NotificationsModel.Configure(builder, sqlite: Database.IsSqlite());
        CalendarModel.Configure(builder);
    }
}

internal sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options);

internal sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options);
