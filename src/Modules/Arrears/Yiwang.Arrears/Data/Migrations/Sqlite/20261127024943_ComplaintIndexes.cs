using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Sqlite
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

            migrationBuilder.CreateIndex(
                name: "IX_arr_deadlines_CaseId_DueOn_running",
                table: "arr_deadlines",
                columns: new[] { "CaseId", "DueOn" },
                filter: "\"MetOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_AcceptingRegion_Status_Id",
                table: "arr_cases",
                columns: new[] { "AcceptingRegion", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_HandlingRegion_Status_Id",
                table: "arr_cases",
                columns: new[] { "HandlingRegion", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Number_trgm",
                table: "arr_cases",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_RespondentName_trgm",
                table: "arr_cases",
                column: "RespondentName");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_statistics",
                table: "arr_cases",
                columns: new[] { "Status", "AcceptingRegion", "RespondentType", "SubmittedOn" });

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
