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
    /// Saves, and in the same transaction (one is opened when the caller has none) moves the changed cases between the
    /// cells of <c>arr_case_stats</c> and recomputes the alert of cases whose clocks changed, so neither the dashboard's
    /// counts nor the list's alert filter can disagree with a committed case.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var deltas = CaseStatsTracking.PendingDeltas(ChangeTracker);
        var clocks = CaseAlertSync.PendingClockChanges(ChangeTracker);
        if (deltas.Count == 0 && clocks.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Changes are accepted only after the counts are written too, so a failed upsert leaves the entities as they were.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            if (deltas.Count > 0) await CaseStatsWriter.ApplyAsync(this, deltas, cancellationToken);
            if (clocks.Count > 0) await CaseAlertSync.ApplyAsync(this, [.. clocks.Select(c => c.Entity.CaseId).Distinct()], cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
            return saved;
        }
    }

    /// <summary>The synchronous path keeps the same promise (nothing in the module uses it today).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}

internal sealed class SqliteArrearsDbContext(DbContextOptions<SqliteArrearsDbContext> options) : ArrearsDbContext(options);

internal sealed class PostgresArrearsDbContext(DbContextOptions<PostgresArrearsDbContext> options) : ArrearsDbContext(options);

internal sealed class SqliteArrearsDesignFactory() : DesignTimeFactory<SqliteArrearsDbContext>(ArrearsModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresArrearsDesignFactory() : DesignTimeFactory<PostgresArrearsDbContext>(ArrearsModule.Database, DatabaseProvider.Postgres);
