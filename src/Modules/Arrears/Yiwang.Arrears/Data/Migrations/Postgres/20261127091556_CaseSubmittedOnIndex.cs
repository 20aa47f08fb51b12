using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class CaseSubmittedOnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_SubmittedOn",
                table: "arr_cases",
                column: "SubmittedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arr_cases_SubmittedOn",
                table: "arr_cases");
        }
    }
}
