using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Reviews.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rev_filings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ChainVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicantUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    StageDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StageDueRuleZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StageDueRuleEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    VerdictZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VerdictEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GapsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    LastUpdateOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastUpdateMet = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rev_filing_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_filing_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rev_filing_events_rev_filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "rev_filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rev_filing_events_FilingId_Action",
                table: "rev_filing_events",
                columns: new[] { "FilingId", "Action" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_filings_ChainId_ApplicantUscc_Category",
                table: "rev_filings",
                columns: new[] { "ChainId", "ApplicantUscc", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_filings_ChainId_State_RegionCode",
                table: "rev_filings",
                columns: new[] { "ChainId", "State", "RegionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rev_filing_events");

            migrationBuilder.DropTable(
                name: "rev_filings");
        }
    }
}
