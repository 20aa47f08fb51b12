using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Reviews.Data;

/// <summary>Filings of every chain and their events (table prefix <c>rev_</c>). One subclass per provider for its migrations.</summary>
internal abstract class ReviewsDbContext(DbContextOptions options) : DbContext(options)
{
    public const int TextLength = 500;

    public DbSet<Filing> Filings => Set<Filing>();
    public DbSet<FilingEvent> FilingEvents => Set<FilingEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Filing>(e =>
        {
            e.ToTable("rev_filings");
            e.HasKey(x => x.Id);
            e.Property(x => x.ChainId).HasMaxLength(60).IsRequired();
            e.Property(x => x.ChainVersion).HasMaxLength(40).IsRequired();
            e.Property(x => x.Category).HasMaxLength(40).IsRequired();
            e.Property(x => x.ApplicantUscc).HasMaxLength(18).IsRequired();
            e.Property(x => x.ApplicantName).HasMaxLength(200).IsRequired();
            e.Property(x => x.RegionCode).HasMaxLength(6).IsRequired();
            e.Property(x => x.State).HasMaxLength(40).IsRequired();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.StageDueRuleZh).HasMaxLength(2000);
            e.Property(x => x.StageDueRuleEn).HasMaxLength(2000);
            e.Property(x => x.RevocationReason).HasMaxLength(TextLength);
            e.Property(x => x.RuleSetId).HasMaxLength(60).IsRequired();
            e.Property(x => x.Outcome).HasMaxLength(20).IsRequired();
            e.Property(x => x.Score).HasPrecision(6, 2);
            e.Property(x => x.VerdictZh).HasMaxLength(TextLength);
            e.Property(x => x.VerdictEn).HasMaxLength(TextLength);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.FilingId);
            e.HasIndex(x => new { x.ChainId, x.ApplicantUscc, x.Category });
            e.HasIndex(x => new { x.ChainId, x.State, x.RegionCode });
        });
        modelBuilder.Entity<FilingEvent>(e =>
        {
            e.ToTable("rev_filing_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(40).IsRequired();
            e.Property(x => x.FromState).HasMaxLength(40);
            e.Property(x => x.ToState).HasMaxLength(40);
            e.Property(x => x.ActorRole).HasMaxLength(20).IsRequired();
            e.Property(x => x.ActorRegion).HasMaxLength(6);
            e.Property(x => x.ActorId).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(TextLength);
            e.HasIndex(x => new { x.FilingId, x.Action });
        });
    }
}

internal sealed class SqliteReviewsDbContext(DbContextOptions<SqliteReviewsDbContext> options) : ReviewsDbContext(options);

internal sealed class PostgresReviewsDbContext(DbContextOptions<PostgresReviewsDbContext> options) : ReviewsDbContext(options);

internal sealed class SqliteReviewsDesignFactory() : DesignTimeFactory<SqliteReviewsDbContext>(ReviewsDatabase.Definition, DatabaseProvider.Sqlite);

internal sealed class PostgresReviewsDesignFactory() : DesignTimeFactory<PostgresReviewsDbContext>(ReviewsDatabase.Definition, DatabaseProvider.Postgres);
