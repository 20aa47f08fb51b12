using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Cultivation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DigitalAssessmentRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "cult_digital_assessments",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cult_digital_assessments_RegionCode",
                table: "cult_digital_assessments",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cult_digital_assessments_RegionCode",
                table: "cult_digital_assessments");

            migrationBuilder.DropColumn(
                name: "RegionCode",
                table: "cult_digital_assessments");
        }
    }
}
