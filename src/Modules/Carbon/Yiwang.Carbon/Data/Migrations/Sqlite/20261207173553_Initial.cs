using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Carbon.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReferenceYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalKgCo2e = table.Column<double>(type: "REAL", nullable: false),
                    CradleToGateKgCo2e = table.Column<double>(type: "REAL", nullable: false),
                    BiogenicCarbonContentKgC = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InputJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_footprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carbon_pact_clients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_pact_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "carbon_pact_tokens",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carbon_pact_tokens", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "carbon_supplier_footprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PfId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PfVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeclaredUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KgCo2ePerUnit = table.Column<double>(type: "REAL", nullable: false),
                    BiogenicCarbonContentKgCPerUnit = table.Column<double>(type: "REAL", nullable: true),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
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
