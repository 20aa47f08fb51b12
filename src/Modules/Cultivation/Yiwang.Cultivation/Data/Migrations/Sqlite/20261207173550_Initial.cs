using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Cultivation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cult_applications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    VerdictZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VerdictEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GapsJson = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastAnnualUpdate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastAnnualUpdateEligible = table.Column<bool>(type: "INTEGER", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cult_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cult_digital_assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    IndexId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 6, scale: 3, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cult_digital_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cult_digital_drafts",
                columns: table => new
                {
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    IndexId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cult_digital_drafts", x => x.Uscc);
                });

            migrationBuilder.CreateTable(
                name: "cult_application_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_cult_digital_assessments_RegionCode",
                table: "cult_digital_assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_cult_digital_assessments_Uscc_CompletedAt",
                table: "cult_digital_assessments",
                columns: new[] { "Uscc", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cult_application_events");

            migrationBuilder.DropTable(
                name: "cult_digital_assessments");

            migrationBuilder.DropTable(
                name: "cult_digital_drafts");

            migrationBuilder.DropTable(
                name: "cult_applications");
        }
    }
}
