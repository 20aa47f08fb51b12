using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Enterprises.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ent_enterprises",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: true),
                    RevenueTenThousandYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TotalAssetsTenThousandYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ReportingYear = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IndustryRow = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SizeRuleSet = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_enterprises", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_IndustryCode",
                table: "ent_enterprises",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_ProvinceCode_Size",
                table: "ent_enterprises",
                columns: new[] { "ProvinceCode", "Size" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_RegionCode",
                table: "ent_enterprises",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_Uscc",
                table: "ent_enterprises",
                column: "Uscc",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ent_enterprises");
        }
    }
}
