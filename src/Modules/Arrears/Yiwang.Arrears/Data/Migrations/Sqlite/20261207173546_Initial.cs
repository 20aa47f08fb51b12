using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Arrears.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "arr_case_stats",
                columns: table => new
                {
                    Grain = table.Column<short>(type: "INTEGER", nullable: false),
                    Kind = table.Column<short>(type: "INTEGER", nullable: false),
                    AcceptingRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HandlingRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RespondentType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Cases = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RecoveredFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_case_stats", x => new { x.Grain, x.Kind, x.AcceptingRegion, x.HandlingRegion, x.Month, x.Region, x.Status, x.RespondentType, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "arr_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplainantUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComplainantRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WithholdIdentity = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComplainantSize = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SizeCheckRuleSet = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SizeCheckExplanation = table.Column<string>(type: "TEXT", nullable: true),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RespondentUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    RespondentType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RespondentRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RespondentIsCentral = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountOwedYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaymentsReceivedYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PriorProceedings = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    AcceptingRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HandlingRegion = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    HandlingDepartment = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RoutingRule = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ForwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnNote = table.Column<string>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RejectionNote = table.Column<string>(type: "TEXT", nullable: true),
                    PossibleDuplicates = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecoveredYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ResultFeedback = table.Column<string>(type: "TEXT", nullable: true),
                    Reopened = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtensionDaysGranted = table.Column<int>(type: "INTEGER", nullable: false),
                    Alert = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false, defaultValue: "None")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "arr_routing_rule_sets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    StoredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_routing_rule_sets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "arr_case_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    VisibleToRespondent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_case_events_arr_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "arr_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arr_contracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedTermDays = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreedAnnualRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_contracts_arr_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "arr_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arr_deadlines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RuleZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RuleEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CalendarVersion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Alert = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_deadlines_arr_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "arr_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arr_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_evidence_arr_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "arr_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arr_extensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_extensions_arr_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "arr_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arr_plan_installments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    OverdueNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_plan_installments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_plan_installments_arr_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "arr_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arr_evidence_content",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_evidence_content", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arr_evidence_content_arr_evidence_Id",
                        column: x => x.Id,
                        principalTable: "arr_evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_arr_case_events_CaseId",
                table: "arr_case_events",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_arr_case_stats_Grain_Kind_HandlingRegion_Month",
                table: "arr_case_stats",
                columns: new[] { "Grain", "Kind", "HandlingRegion", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_AcceptingRegion_Status_Id",
                table: "arr_cases",
                columns: new[] { "AcceptingRegion", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Alert_Id_flagged",
                table: "arr_cases",
                columns: new[] { "Alert", "Id" },
                filter: "\"Alert\" <> 'None'");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_ComplainantUscc",
                table: "arr_cases",
                column: "ComplainantUscc");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_HandlingRegion_Status_Id",
                table: "arr_cases",
                columns: new[] { "HandlingRegion", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Number",
                table: "arr_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Number_trgm",
                table: "arr_cases",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_RespondentName_trgm",
                table: "arr_cases",
                column: "RespondentName");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_RespondentUscc",
                table: "arr_cases",
                column: "RespondentUscc");

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_statistics",
                table: "arr_cases",
                columns: new[] { "Status", "AcceptingRegion", "RespondentType", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Status_Id",
                table: "arr_cases",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_Status_SubmittedOn",
                table: "arr_cases",
                columns: new[] { "Status", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_cases_SubmittedOn",
                table: "arr_cases",
                column: "SubmittedOn");

            migrationBuilder.CreateIndex(
                name: "IX_arr_contracts_CaseId",
                table: "arr_contracts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_arr_contracts_Number",
                table: "arr_contracts",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_arr_deadlines_CaseId",
                table: "arr_deadlines",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_arr_deadlines_CaseId_DueOn_running",
                table: "arr_deadlines",
                columns: new[] { "CaseId", "DueOn" },
                filter: "\"MetOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_arr_deadlines_MetOn_DueOn",
                table: "arr_deadlines",
                columns: new[] { "MetOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_evidence_CaseId",
                table: "arr_evidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_arr_extensions_CaseId",
                table: "arr_extensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_arr_plan_installments_CaseId",
                table: "arr_plan_installments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_arr_plan_installments_OverdueNotifiedOn_DueOn",
                table: "arr_plan_installments",
                columns: new[] { "OverdueNotifiedOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arr_case_events");

            migrationBuilder.DropTable(
                name: "arr_case_stats");

            migrationBuilder.DropTable(
                name: "arr_contracts");

            migrationBuilder.DropTable(
                name: "arr_deadlines");

            migrationBuilder.DropTable(
                name: "arr_evidence_content");

            migrationBuilder.DropTable(
                name: "arr_extensions");

            migrationBuilder.DropTable(
                name: "arr_plan_installments");

            migrationBuilder.DropTable(
                name: "arr_routing_rule_sets");

            migrationBuilder.DropTable(
                name: "arr_evidence");

            migrationBuilder.DropTable(
                name: "arr_cases");
        }
    }
}
