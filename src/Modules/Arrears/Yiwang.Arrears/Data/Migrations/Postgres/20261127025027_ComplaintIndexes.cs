using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ComplaintIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arr_cases_AcceptingRegion_Status",
                table: "arr_cases");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_HandlingRegion_Status",
                table: "arr_cases");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_arr_deadlines_CaseId_DueOn_running",
                table: "arr_deadlines",
                columns: new[] { "CaseId", "DueOn" },
                filter: "\"MetOn\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "Alert" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_AcceptingRegion_Status_Id",
                table: "arr_cases",
                columns: new[] { "AcceptingRegion", "Status", "Id" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "varchar_pattern_ops", "int8_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_HandlingRegion_Status_Id",
                table: "arr_cases",
                columns: new[] { "HandlingRegion", "Status", "Id" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "varchar_pattern_ops", "int8_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Number_trgm",
                table: "arr_cases",
                column: "Number")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_RespondentName_trgm",
                table: "arr_cases",
                column: "RespondentName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_statistics",
                table: "arr_cases",
                columns: new[] { "Status", "AcceptingRegion", "RespondentType", "SubmittedOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "AmountOwedYuan", "RecoveredYuan", "HandlingRegion" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Status_Id",
                table: "arr_cases",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arr_deadlines_CaseId_DueOn_running",
                table: "arr_deadlines");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_AcceptingRegion_Status_Id",
                table: "arr_cases");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_HandlingRegion_Status_Id",
                table: "arr_cases");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_Number_trgm",
                table: "arr_cases");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_RespondentName_trgm",
                table: "arr_cases");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_statistics",
                table: "arr_cases");

            migrationBuilder.DropIndex(
                name: "IX_arr_cases_Status_Id",
                table: "arr_cases");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_AcceptingRegion_Status",
                table: "arr_cases",
                columns: new[] { "AcceptingRegion", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_HandlingRegion_Status",
                table: "arr_cases",
                columns: new[] { "HandlingRegion", "Status" });
        }
    }
}
