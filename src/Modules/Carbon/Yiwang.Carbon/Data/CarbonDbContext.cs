using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Carbon.Data;

/// <summary>Footprints, PACT clients and tokens, supplier footprints. One subclass per provider so each keeps its own migrations.</summary>
internal abstract class CarbonDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<FootprintRecord> Footprints => Set<FootprintRecord>();
    public DbSet<PactClientRecord> PactClients => Set<PactClientRecord>();
    public DbSet<PactTokenRecord> PactTokens => Set<PactTokenRecord>();
    public DbSet<SupplierFootprintRecord> SupplierFootprints => Set<SupplierFootprintRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FootprintRecord>(e =>
        {
            e.ToTable("carbon_footprints");
            e.HasKey(x => x.Id);
            e.Property(x => x.OwnerUscc).HasMaxLength(18).IsRequired();
            e.Property(x => x.OwnerName).HasMaxLength(200).IsRequired();
            e.Property(x => x.ProductName).HasMaxLength(200).IsRequired();
            e.Property(x => x.TemplateId).HasMaxLength(60).IsRequired();
            e.Property(x => x.CreatedBy).HasMaxLength(100).IsRequired();
            e.HasIndex(x => new { x.OwnerUscc, x.CreatedAtUtc });
        });
        modelBuilder.Entity<PactClientRecord>(e =>
        {
            e.ToTable("carbon_pact_clients");
            e.HasKey(x => x.Id);
            e.Property(x => x.ClientId).HasMaxLength(40).IsRequired();
            e.HasIndex(x => x.ClientId).IsUnique();
            e.Property(x => x.SecretHash).HasMaxLength(64).IsRequired();
            e.Property(x => x.OwnerUscc).HasMaxLength(18).IsRequired();
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.Property(x => x.CreatedBy).HasMaxLength(100).IsRequired();
        });
        modelBuilder.Entity<PactTokenRecord>(e =>
        {
            e.ToTable("carbon_pact_tokens");
            e.HasKey(x => x.TokenHash);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.ClientId).HasMaxLength(40).IsRequired();
            e.Property(x => x.OwnerUscc).HasMaxLength(18).IsRequired();
        });
        modelBuilder.Entity<SupplierFootprintRecord>(e =>
        {
            e.ToTable("carbon_supplier_footprints");
            e.HasKey(x => x.Id);
            e.Property(x => x.OwnerUscc).HasMaxLength(18).IsRequired();
            e.HasIndex(x => new { x.OwnerUscc, x.PfId }).IsUnique();
            e.Property(x => x.CompanyName).HasMaxLength(200).IsRequired();
            e.Property(x => x.ProductName).HasMaxLength(200).IsRequired();
            e.Property(x => x.DeclaredUnit).HasMaxLength(40).IsRequired();
            e.Property(x => x.Unit).HasMaxLength(20).IsRequired();
            e.Property(x => x.ImportedBy).HasMaxLength(100).IsRequired();
        });
    }
}

internal sealed class SqliteCarbonDbContext(DbContextOptions<SqliteCarbonDbContext> options) : CarbonDbContext(options);

internal sealed class PostgresCarbonDbContext(DbContextOptions<PostgresCarbonDbContext> options) : CarbonDbContext(options);

internal sealed class SqliteCarbonDesignFactory() : DesignTimeFactory<SqliteCarbonDbContext>(CarbonModule.Database, DatabaseProvider.Sqlite);

internal sealed class PostgresCarbonDesignFactory() : DesignTimeFactory<PostgresCarbonDbContext>(CarbonModule.Database, DatabaseProvider.Postgres);
