using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Cultivation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ApplicationsMovedToReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cult_application_events");

            migrationBuilder.DropTable(
                name: "cult_applications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cult_applications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    GapsJson = table.Column<string>(type: "TEXT", nullable: false),
                    LastAnnualUpdate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastAnnualUpdateEligible = table.Column<bool>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerdictEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VerdictZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cult_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cult_application_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cult_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cult_application_events_cult_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "cult_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cult_application_events_ApplicationId",
                table: "cult_application_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_cult_applications_Status_RegionCode",
                table: "cult_applications",
                columns: new[] { "Status", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_cult_applications_Uscc_Tier",
                table: "cult_applications",
                columns: new[] { "Uscc", "Tier" });
        }
    }
}
