using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Indicators.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ind_observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PeriodIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    LowerBound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ind_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ind_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObservationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    LowerBound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ind_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ind_revisions_ind_observations_ObservationId",
                        column: x => x.ObservationId,
                        principalTable: "ind_observations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ind_observations_Indicator_PeriodIndex",
                table: "ind_observations",
                columns: new[] { "Indicator", "PeriodIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_ind_observations_Indicator_Region_PeriodIndex",
                table: "ind_observations",
                columns: new[] { "Indicator", "Region", "PeriodIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ind_observations_Region_Indicator_PeriodIndex",
                table: "ind_observations",
                columns: new[] { "Region", "Indicator", "PeriodIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_ind_revisions_ObservationId_Revision",
                table: "ind_revisions",
                columns: new[] { "ObservationId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ind_revisions");

            migrationBuilder.DropTable(
                name: "ind_observations");
        }
    }
}
