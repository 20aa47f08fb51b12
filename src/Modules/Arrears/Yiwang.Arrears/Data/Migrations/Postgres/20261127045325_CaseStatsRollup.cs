using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Postgres
{
    /// <summary>
    /// The dashboard's counts table (Data/CaseStatCell.cs). Existing cases are counted into it right after migrating
    /// (ArrearsModule.MigrateAsync → CaseStatsRebuild.BackfillIfEmptyAsync), from the same C# definition the live
    /// updates use, rather than by SQL here that would have to repeat it per provider.
    /// </summary>
    internal partial class CaseStatsRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "arr_case_stats",
                columns: table => new
                {
                    Grain = table.Column<short>(type: "smallint", nullable: false),
                    Kind = table.Column<short>(type: "smallint", nullable: false),
                    AcceptingRegion = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HandlingRegion = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RespondentType = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Cases = table.Column<long>(type: "bigint", nullable: false),
                    ClaimedFen = table.Column<long>(type: "bigint", nullable: false),
                    RecoveredFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_case_stats", x => new { x.Grain, x.Kind, x.AcceptingRegion, x.HandlingRegion, x.Month, x.Region, x.Status, x.RespondentType, x.Days });
                });

            migrationBuilder.CreateIndex(
                name: "IX_arr_case_stats_Grain_Kind_HandlingRegion_Month",
                table: "arr_case_stats",
                columns: new[] { "Grain", "Kind", "HandlingRegion", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arr_case_stats");
        }
    }
}
