using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Cultivation.Data;

/// <summary>Assessments, drafts and applications. One subclass per provider so each keeps its own migrations.</summary>
internal abstract class CultivationDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DigitalAssessmentRecord> DigitalAssessments => Set<DigitalAssessmentRecord>();
    public DbSet<DigitalDraftRecord> DigitalDrafts => Set<DigitalDraftRecord>();
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();
    public DbSet<ApplicationEventRecord> ApplicationEvents => Set<ApplicationEventRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DigitalAssessmentRecord>(e =>
        {
            e.ToTable("cult_digital_assessments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            e.Property(x => x.IndexId).HasMaxLength(60).IsRequired();
            e.Property(x => x.ActorId).HasMaxLength(100);
            e.Property(x => x.Total).HasPrecision(6, 3);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.HasIndex(x => new { x.Uscc, x.CompletedAt });
            e.HasIndex(x => x.RegionCode);
        });
        modelBuilder.Entity<DigitalDraftRecord>(e =>
        {
            e.ToTable("cult_digital_drafts");
            e.HasKey(x => x.Uscc);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.IndexId).HasMaxLength(60).IsRequired();
        });
        modelBuilder.Entity<ApplicationRecord>(e =>
        {
            e.ToTable("cult_applications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            e.Property(x => x.EnterpriseName).HasMaxLength(200).IsRequired();
            e.Property(x => x.RegionCode).HasMaxLength(6).IsRequired();
            e.Property(x => x.Tier).HasMaxLength(40).IsRequired();
            e.Property(x => x.RuleSetId).HasMaxLength(60).IsRequired();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Score).HasPrecision(6, 2);
            e.Property(x => x.VerdictZh).HasMaxLength(500);
            e.Property(x => x.VerdictEn).HasMaxLength(500);
            e.Property(x => x.RevocationReason).HasMaxLength(500);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.ApplicationId);
            e.HasIndex(x => new { x.Uscc, x.Tier });
            e.HasIndex(x => new { x.Status, x.RegionCode });
        });
        modelBuilder.Entity<ApplicationEventRecord>(e =>
        {
            e.ToTable("cult_application_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(40).IsRequired();
            e.Property(x => x.ActorRole).HasMaxLength(20).IsRequired();
            e.Property(x => x.ActorRegion).HasMaxLength(6);
            e.Property(x => x.ActorId).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
        });
    }
}

internal sealed class SqliteCultivationDbContext(DbContextOptions<SqliteCultivationDbContext> options) : CultivationDbContext(options);

internal sealed class PostgresCultivationDbContext(DbContextOptions<PostgresCultivationDbContext> options) : CultivationDbContext(options);

internal sealed class SqliteCultivationDesignFactory() : DesignTimeFactory<SqliteCultivationDbContext>(CultivationModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresCultivationDesignFactory() : DesignTimeFactory<PostgresCultivationDbContext>(CultivationModule.Database, DatabaseProvider.Postgres);
