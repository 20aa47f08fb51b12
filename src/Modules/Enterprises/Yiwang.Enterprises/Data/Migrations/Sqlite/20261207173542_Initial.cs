using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Enterprises.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    RevenueTenThousandYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    TotalAssetsTenThousandYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ReportingYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    IndustryRow = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SizeRuleSet = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
