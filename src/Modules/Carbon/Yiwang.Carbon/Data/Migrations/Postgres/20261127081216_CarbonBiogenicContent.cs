using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Carbon.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class CarbonBiogenicContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "BiogenicCarbonContentKgCPerUnit",
                table: "carbon_supplier_footprints",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "BiogenicCarbonContentKgC",
                table: "carbon_footprints",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BiogenicCarbonContentKgCPerUnit",
                table: "carbon_supplier_footprints");

            migrationBuilder.DropColumn(
                name: "BiogenicCarbonContentKgC",
                table: "carbon_footprints");
        }
    }
}
