using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Yiwang.Arrears.Domain.Complaints;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) => ArrearsModel.Configure(modelBuilder);
}

internal sealed class SqliteArrearsDbContext(DbContextOptions<SqliteArrearsDbContext> options) : ArrearsDbContext(options);

internal sealed class PostgresArrearsDbContext(DbContextOptions<PostgresArrearsDbContext> options) : ArrearsDbContext(options);

internal sealed class SqliteArrearsDesignFactory : IDesignTimeDbContextFactory<SqliteArrearsDbContext>
{
    public SqliteArrearsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteArrearsDbContext>().UseSqlite(DatabaseSettings.DefaultSqliteConnection, ArrearsDatabase.Sqlite).Options);
}

internal sealed class PostgresArrearsDesignFactory : IDesignTimeDbContextFactory<PostgresArrearsDbContext>
{
    public PostgresArrearsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresArrearsDbContext>().UseNpgsql("Host=localhost;Database=yiwang_design", ArrearsDatabase.Postgres).Options);
}
