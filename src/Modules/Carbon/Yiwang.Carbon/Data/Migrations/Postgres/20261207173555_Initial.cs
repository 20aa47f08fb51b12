using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Carbon.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "carbon_footprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ReferenceYear = table.Column<int>(type: "integer", nullable: false),
                    TotalKgCo2e = table.Column<double>(type: "double precision", nullable: false),
                    CradleToGateKgCo2e = table.Column<double>(type: "double precision", nullable: false),
                    BiogenicCarbonContentKgC = table.Column<double>(type: "double precision", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InputJson = table.Column<string>(type: "text", nullable: false),
                    ResultJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_footprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carbon_pact_clients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_pact_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carbon_pact_tokens",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_pact_tokens", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "carbon_supplier_footprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PfId = table.Column<Guid>(type: "uuid", nullable: false),
                    PfVersion = table.Column<int>(type: "integer", nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeclaredUnit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KgCo2ePerUnit = table.Column<double>(type: "double precision", nullable: false),
                    BiogenicCarbonContentKgCPerUnit = table.Column<double>(type: "double precision", nullable: true),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_supplier_footprints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_carbon_footprints_OwnerUscc_CreatedAtUtc",
                table: "carbon_footprints",
                columns: new[] { "OwnerUscc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_carbon_pact_clients_ClientId",
                table: "carbon_pact_clients",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_carbon_supplier_footprints_OwnerUscc_PfId",
                table: "carbon_supplier_footprints",
                columns: new[] { "OwnerUscc", "PfId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "carbon_footprints");

            migrationBuilder.DropTable(
                name: "carbon_pact_clients");

            migrationBuilder.DropTable(
                name: "carbon_pact_tokens");

            migrationBuilder.DropTable(
                name: "carbon_supplier_footprints");
        }
    }
}
