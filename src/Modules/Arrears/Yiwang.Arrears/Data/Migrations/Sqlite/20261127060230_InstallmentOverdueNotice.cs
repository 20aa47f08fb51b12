using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InstallmentOverdueNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueNotifiedOn",
                table: "arr_plan_installments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_arr_plan_installments_OverdueNotifiedOn_DueOn",
                table: "arr_plan_installments",
                columns: new[] { "OverdueNotifiedOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arr_plan_installments_OverdueNotifiedOn_DueOn",
                table: "arr_plan_installments");

            migrationBuilder.DropColumn(
                name: "OverdueNotifiedOn",
                table: "arr_plan_installments");
        }
    }
}
