using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Enterprises.Data;

/// <summary>The register. One subclass per provider so each keeps its own migrations.</summary>
internal abstract class EnterprisesDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<EnterpriseRecord> Enterprises => Set<EnterpriseRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnterpriseRecord>(e =>
        {
            e.ToTable("ent_enterprises");
            e.HasKey(x => x.Id);
            e.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            e.HasIndex(x => x.Uscc).IsUnique();
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.Property(x => x.RegionCode).HasMaxLength(6).IsRequired();
            e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
            e.Property(x => x.IndustryCode).HasMaxLength(5).IsRequired();
            e.Property(x => x.RevenueTenThousandYuan).HasPrecision(18, 2);
            e.Property(x => x.TotalAssetsTenThousandYuan).HasPrecision(18, 2);
            e.Property(x => x.Size).HasMaxLength(10);
            e.Property(x => x.IndustryRow).HasMaxLength(40);
            e.Property(x => x.SizeRuleSet).HasMaxLength(60);
            e.HasIndex(x => x.RegionCode);
            e.HasIndex(x => new { x.ProvinceCode, x.Size });
            e.HasIndex(x => x.IndustryCode);
        });
    }
}

internal sealed class SqliteEnterprisesDbContext(DbContextOptions<SqliteEnterprisesDbContext> options) : EnterprisesDbContext(options);

internal sealed class PostgresEnterprisesDbContext(DbContextOptions<PostgresEnterprisesDbContext> options) : EnterprisesDbContext(options);

internal sealed class SqliteEnterprisesDesignFactory() : DesignTimeFactory<SqliteEnterprisesDbContext>(EnterprisesModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresEnterprisesDesignFactory() : DesignTimeFactory<PostgresEnterprisesDbContext>(EnterprisesModule.Database, DatabaseProvider.Postgres);
