using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintDeadlines;
using Yiwang.Arrears.Features.ComplaintRollup;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Arrears.Data;

/// <summary>Complaint cases and their ledgers. One subclass per provider so each keeps its own migrations.</summary>
internal abstract class ArrearsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ComplaintCase> Cases => Set<ComplaintCase>();
    public DbSet<CaseDeadline> Deadlines => Set<CaseDeadline>();
    public DbSet<CaseEvent> Events => Set<CaseEvent>();
    public DbSet<ComplaintContract> Contracts => Set<ComplaintContract>();
    public DbSet<EvidenceFile> Evidence => Set<EvidenceFile>();
    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();
    public DbSet<RoutingRuleSetRecord> RoutingRuleSets => Set<RoutingRuleSetRecord>();
    public DbSet<CaseStatCell> CaseStats => Set<CaseStatCell>();
    public DbSet<PlanInstallment> Installments => Set<PlanInstallment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => ArrearsModel.Configure(modelBuilder);

    /// <summary>
    /// The case list counts "up to 10,001" with <c>Take</c> and no <c>OrderBy</c> on purpose (which rows are counted does
    /// not matter, and an ORDER BY would make the database sort them): without this, every list request logged a warning.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>
    /// Set by the module's one case writer (<c>Features/Complaints/CaseWrite</c>) for the length of its save. Cases and
    /// clocks carry copies elsewhere — the dashboard's counts, the list's alert column, the audit chain — that must change
    /// in the same transaction; a save that would skip them is refused rather than let them drift.
    /// </summary>
    internal bool InCaseWrite { get; set; }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseStrayCaseWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseStrayCaseWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void RefuseStrayCaseWrites()
    {
        if (InCaseWrite) return;
        if (ChangeTracker.Entries().Any(e => e.Entity is ComplaintCase or CaseDeadline && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Complaint cases and their deadlines are saved through CaseWrite, which keeps the counts table, the alert column and the audit log in the same transaction.");
    }
}

internal sealed class SqliteArrearsDbContext(DbContextOptions<SqliteArrearsDbContext> options) : ArrearsDbContext(options);

internal sealed class PostgresArrearsDbContext(DbContextOptions<PostgresArrearsDbContext> options) : ArrearsDbContext(options);

internal sealed class SqliteArrearsDesignFactory() : DesignTimeFactory<SqliteArrearsDbContext>(ArrearsModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresArrearsDesignFactory() : DesignTimeFactory<PostgresArrearsDbContext>(ArrearsModule.Database, DatabaseProvider.Postgres);
