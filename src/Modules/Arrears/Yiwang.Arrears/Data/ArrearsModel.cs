using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Data;

/// <summary>Table mapping: <c>arr_</c> prefix, enums as text so the database reads on its own.</summary>
internal static class ArrearsModel
{
    public static void Configure(ModelBuilder b)
    {
        // Trigram indexes make the list's "contains" search (LIKE '%q%') an index lookup on PostgreSQL; SQLite ignores it.
        b.HasPostgresExtension("pg_trgm");
        b.Entity<ComplaintCase>(e =>
        {
            e.ToTable("arr_cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Number).HasMaxLength(20);
            e.HasIndex(x => x.Number).IsUnique();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.RespondentType).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.PriorProceedings).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RejectionReason).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Alert).HasConversion<string>().HasMaxLength(10).HasDefaultValue(DeadlineAlert.None);
            e.Property(x => x.ComplainantUscc).HasMaxLength(18).IsRequired();
            e.Property(x => x.ComplainantName).HasMaxLength(200);
            e.Property(x => x.ComplainantRegion).HasMaxLength(6);
            e.Property(x => x.ContactName).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(20);
            e.Property(x => x.RespondentName).HasMaxLength(200);
            e.Property(x => x.RespondentUscc).HasMaxLength(18);
            e.Property(x => x.RespondentRegion).HasMaxLength(6);
            e.Property(x => x.AcceptingRegion).HasMaxLength(6);
            e.Property(x => x.HandlingRegion).HasMaxLength(6);
            e.Property(x => x.HandlingDepartment).HasMaxLength(300);
            e.Property(x => x.RoutingRule).HasMaxLength(80);
            e.Property(x => x.ComplainantSize).HasMaxLength(10);
            e.Property(x => x.SizeCheckRuleSet).HasMaxLength(60);
            e.Property(x => x.Description).HasMaxLength(5000);
            e.Property(x => x.AmountOwedYuan).HasPrecision(18, 2);
            e.Property(x => x.PaymentsReceivedYuan).HasPrecision(18, 2);
            e.Property(x => x.RecoveredYuan).HasPrecision(18, 2);
            e.HasIndex(x => new { x.Status, x.SubmittedOn });
            ComplaintIndexes(e);
            e.HasIndex(x => x.ComplainantUscc);
            e.HasIndex(x => x.RespondentUscc);
            e.HasMany(x => x.Contracts).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(x => x.Deadlines).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(x => x.Extensions).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(x => x.Installments).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.CaseId);
            e.Ignore(x => x.IsOpen);
        });
        b.Entity<ComplaintContract>(e =>
        {
            e.ToTable("arr_contracts");
            e.Property(x => x.Number).HasMaxLength(100);
            e.Property(x => x.AmountYuan).HasPrecision(18, 2);
            e.Property(x => x.AgreedAnnualRate).HasPrecision(9, 6);
            e.HasIndex(x => x.Number);
        });
        b.Entity<CaseEvent>(e =>
        {
            e.ToTable("arr_case_events");
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.Property(x => x.ActorRole).HasMaxLength(16);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(5000);
        });
        b.Entity<CaseDeadline>(e =>
        {
            e.ToTable("arr_deadlines");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Alert).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.RuleId).HasMaxLength(60);
            e.Property(x => x.RuleZh).HasMaxLength(1000);
            e.Property(x => x.RuleEn).HasMaxLength(1000);
            e.Property(x => x.CalendarVersion).HasMaxLength(200);
            e.HasIndex(x => x.CaseId); // kept explicitly: the partial index below cannot serve "all deadlines of a case"
            e.HasIndex(x => new { x.MetOn, x.DueOn });
            // The running clock of each case (list column "next deadline", alert filter): a small partial index.
            e.HasIndex(x => new { x.CaseId, x.DueOn }, "IX_arr_deadlines_CaseId_DueOn_running").HasFilter("\"MetOn\" IS NULL").IncludeProperties(x => x.Alert);
            e.Ignore(x => x.IsRunning);
        });
        b.Entity<ExtensionRequest>(e =>
        {
            e.ToTable("arr_extensions");
            e.Property(x => x.Decision).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.DecisionNote).HasMaxLength(2000);
        });
        b.Entity<PlanInstallment>(e =>
        {
            e.ToTable("arr_plan_installments");
            e.Property(x => x.AmountYuan).HasPrecision(18, 2);
            e.Property(x => x.PaidYuan).HasPrecision(18, 2);
            e.Ignore(x => x.IsPaid);
            e.HasIndex(x => new { x.OverdueNotifiedOn, x.DueOn }); // the sweep's "not yet told, past its day" seek
        });
        b.Entity<EvidenceFile>(e =>
        {
            e.ToTable("arr_evidence");
            e.Property(x => x.FileName).HasMaxLength(130);
            e.Property(x => x.ContentType).HasMaxLength(40);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasOne(x => x.Content).WithOne().HasForeignKey<EvidenceContent>(x => x.Id);
        });
        b.Entity<EvidenceContent>(e =>
        {
            e.ToTable("arr_evidence_content");
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        b.Entity<CaseStatCell>(e =>
        {
            e.ToTable("arr_case_stats");
            // The key leads with what every dashboard query fixes (grain, kind, accepting region); the second index
            // serves the other half of "visible": the handling region.
            e.HasKey(x => new { x.Grain, x.Kind, x.AcceptingRegion, x.HandlingRegion, x.Month, x.Region, x.Status, x.RespondentType, x.Days });
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.AcceptingRegion).HasMaxLength(6);
            e.Property(x => x.HandlingRegion).HasMaxLength(6);
            e.Property(x => x.Region).HasMaxLength(6);
            e.Property(x => x.Status).HasMaxLength(12);
            e.Property(x => x.RespondentType).HasMaxLength(24);
            e.HasIndex(x => new { x.Grain, x.Kind, x.HandlingRegion, x.Month });
        });
        b.Entity<RoutingRuleSetRecord>(e =>
        {
            e.ToTable("arr_routing_rule_sets");
            e.Property(x => x.RuleSetId).HasMaxLength(80);
            e.Property(x => x.StoredBy).HasMaxLength(64);
        });
    }

    /// <summary>
    /// Indexes measured on 1 M cases (docs/performance.md, "Complaint platform"). Region scopes are prefix matches
    /// (LIKE '33%'), which a btree answers on PostgreSQL only with pattern operators unless the collation is C; the
    /// trailing Id serves the list's ORDER BY Id DESC within a scope. The covering index lets the statistics
    /// GROUP BYs (status, province, respondent type, month; sums of amounts) run as index-only scans.
    /// </summary>
    private static void ComplaintIndexes(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ComplaintCase> e)
    {
        e.HasIndex(x => new { x.AcceptingRegion, x.Status, x.Id }).HasOperators("varchar_pattern_ops", "varchar_pattern_ops", "int8_ops");
        e.HasIndex(x => new { x.HandlingRegion, x.Status, x.Id }).HasOperators("varchar_pattern_ops", "varchar_pattern_ops", "int8_ops");
        e.HasIndex(x => new { x.Status, x.Id });
        e.HasIndex(x => new { x.Status, x.AcceptingRegion, x.RespondentType, x.SubmittedOn }, "IX_arr_cases_statistics")
            .IncludeProperties(x => new { x.AmountOwedYuan, x.RecoveredYuan, x.HandlingRegion });
        e.HasIndex(x => x.RespondentName, "IX_arr_cases_RespondentName_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        e.HasIndex(x => x.Number, "IX_arr_cases_Number_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        // The dashboard's edge days (a range that is not whole months) are a submission-date range: with the date leading,
        // that is one index range scan; (Status, SubmittedOn) made PostgreSQL scan every status, or the whole table.
        e.HasIndex(x => x.SubmittedOn);
        // The list's alert filter: only flagged cases are in it (a few percent), newest first like the list; the included
        // columns let an official's scope be checked in the index (no heap visit per flagged case).
        e.HasIndex(x => new { x.Alert, x.Id }, "IX_arr_cases_Alert_Id_flagged").HasFilter("\"Alert\" <> 'None'")
            .IncludeProperties(x => new { x.Status, x.AcceptingRegion, x.HandlingRegion });
    }
}
