using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class CaseAlert : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Alert",
                table: "arr_cases",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "None");

            // Cases that already had flagged running clocks take their alert (CaseAlertSync keeps it from now on).
            migrationBuilder.Sql("""
                UPDATE arr_cases AS c SET "Alert" = CASE WHEN EXISTS (SELECT 1 FROM arr_deadlines d WHERE d."CaseId" = c."Id" AND d."MetOn" IS NULL AND d."Alert" = 'Overdue') THEN 'Overdue' ELSE 'DueSoon' END
                WHERE EXISTS (SELECT 1 FROM arr_deadlines d WHERE d."CaseId" = c."Id" AND d."MetOn" IS NULL AND d."Alert" <> 'None')
                """);

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Alert_Id_flagged",
                table: "arr_cases",
                columns: new[] { "Alert", "Id" },
                filter: "\"Alert\" <> 'None'")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "AcceptingRegion", "HandlingRegion" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arr_cases_Alert_Id_flagged",
                table: "arr_cases");

            migrationBuilder.DropColumn(
                name: "Alert",
                table: "arr_cases");
        }
    }
}
