using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Cultivation.Data;

/// <summary>Digital-level assessments and drafts (applications are filings of Yiwang.Reviews). One subclass per provider so each keeps its own migrations.</summary>
internal abstract class CultivationDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DigitalAssessmentRecord> DigitalAssessments => Set<DigitalAssessmentRecord>();
    public DbSet<DigitalDraftRecord> DigitalDrafts => Set<DigitalDraftRecord>();

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
    }
}

internal sealed class SqliteCultivationDbContext(DbContextOptions<SqliteCultivationDbContext> options) : CultivationDbContext(options);

internal sealed class PostgresCultivationDbContext(DbContextOptions<PostgresCultivationDbContext> options) : CultivationDbContext(options);

internal sealed class SqliteCultivationDesignFactory() : DesignTimeFactory<SqliteCultivationDbContext>(CultivationModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresCultivationDesignFactory() : DesignTimeFactory<PostgresCultivationDbContext>(CultivationModule.Database, DatabaseProvider.Postgres);
