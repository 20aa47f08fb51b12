using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Indicators.Data;

/// <summary>Observations and their revisions. One subclass per provider so each keeps its own migrations.</summary>
internal abstract class IndicatorsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ObservationRecord> Observations => Set<ObservationRecord>();
    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ObservationRecord>(e =>
        {
            e.ToTable("ind_observations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Indicator).HasMaxLength(60).IsRequired();
            e.Property(x => x.Region).HasMaxLength(6).IsRequired();
            e.Property(x => x.Value).HasPrecision(20, 6);
            e.Property(x => x.Status).HasMaxLength(10).IsRequired();
            e.Property(x => x.Confidence).HasMaxLength(12).IsRequired();
            e.Property(x => x.Source).HasMaxLength(500).IsRequired();
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.UpdatedBy).HasMaxLength(100).IsRequired();
            e.HasIndex(x => new { x.Indicator, x.Region, x.PeriodIndex }).IsUnique();
            // Province comparison reads one indicator and month across regions; dashboards and the brief read every
            // series of one region in (indicator, month) order, which this second index returns without a sort.
            e.HasIndex(x => new { x.Indicator, x.PeriodIndex });
            e.HasIndex(x => new { x.Region, x.Indicator, x.PeriodIndex });
        });
        modelBuilder.Entity<RevisionRecord>(e =>
        {
            e.ToTable("ind_revisions");
            e.HasKey(x => x.Id);
            e.HasOne(x => x.Observation).WithMany().HasForeignKey(x => x.ObservationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ObservationId, x.Revision }).IsUnique();
            e.Property(x => x.Value).HasPrecision(20, 6);
            e.Property(x => x.Status).HasMaxLength(10).IsRequired();
            e.Property(x => x.Confidence).HasMaxLength(12).IsRequired();
            e.Property(x => x.Source).HasMaxLength(500).IsRequired();
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.ChangedBy).HasMaxLength(100).IsRequired();
            e.Property(x => x.Origin).HasMaxLength(10).IsRequired();
            e.Property(x => x.Reason).HasMaxLength(500).IsRequired();
        });
    }
}

internal sealed class SqliteIndicatorsDbContext(DbContextOptions<SqliteIndicatorsDbContext> options) : IndicatorsDbContext(options);

internal sealed class PostgresIndicatorsDbContext(DbContextOptions<PostgresIndicatorsDbContext> options) : IndicatorsDbContext(options);

internal sealed class SqliteIndicatorsDesignFactory() : DesignTimeFactory<SqliteIndicatorsDbContext>(IndicatorsModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresIndicatorsDesignFactory() : DesignTimeFactory<PostgresIndicatorsDbContext>(IndicatorsModule.Database, DatabaseProvider.Postgres);
