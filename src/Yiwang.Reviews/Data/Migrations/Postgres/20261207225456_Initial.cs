using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Reviews.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChainId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ChainVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StageDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StageDueRuleZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StageDueRuleEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    RenewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RuleSetId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Eligible = table.Column<bool>(type: "boolean", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    VerdictZh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    VerdictEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GapsJson = table.Column<string>(type: "text", nullable: false),
                    FactsJson = table.Column<string>(type: "text", nullable: false),
                    LastUpdateOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastUpdateMet = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rev_filing_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ActorRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorRegion = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
