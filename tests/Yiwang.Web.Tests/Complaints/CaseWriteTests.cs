using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Codes;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Issue 14: a complaint command and its audit entry are one transaction (a crash between them once left a committed
/// draft with no entry), and nothing writes a case around the writer that keeps the counts, alerts and audit with it.
/// </summary>
public abstract class CaseWriteTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_and_its_audit_entry_commit_together()
    {
        await using var scope = app.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<FileComplaintHandler>().CreateDraftAsync(Draft("HT-CW-OK-" + app.Kind), Enterprise(), Ct);
        Assert.True(result.Succeeded);

        await using var verify = app.CreateScope();
        Assert.True(await verify.ServiceProvider.GetRequiredService<ArrearsDbContext>().Cases.AnyAsync(c => c.Id == result.Value!.Id, Ct));
        var subject = $"draft-{result.Value!.Id}";
        var entries = await verify.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.Action == "complaint.draft.created").Select(e => e.Subject).ToListAsync(Ct);
        Assert.Contains(subject, entries);
    }

    [Fact]
    public async Task A_crash_after_the_rows_are_written_but_before_the_commit_leaves_neither_the_draft_nor_its_entry()
    {
        var contract = "HT-CW-CRASH-" + app.Kind;
        await using (var scope = app.CreateScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ArrearsDbContext>();
            // The real audit trail writes its entry in the transaction; then the process "dies" before the commit.
            var write = new CaseWrite(db, new CrashAfterAudit(services.GetRequiredService<IAuditTrail>()));
            var handler = new FileComplaintHandler(db, write, services.GetRequiredService<CaseCommands>(), services.GetRequiredService<TimeProvider>());
            await Assert.ThrowsAsync<CrashException>(() => handler.CreateDraftAsync(Draft(contract), Enterprise(), Ct));
        }

        await using var verify = app.CreateScope();
        Assert.False(await verify.ServiceProvider.GetRequiredService<ArrearsDbContext>().Contracts.AnyAsync(k => k.Number == contract, Ct));
        var audit = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.False(await audit.AuditEntries.AnyAsync(e => e.Details == Marker, Ct)); // the entry was written, and rolled back with the draft
        Assert.True((await Yiwang.Web.Platform.Auditing.AuditChainVerifier.VerifyAsync(audit, Ct)).IsIntact);
    }

    [Fact]
    public async Task A_case_saved_around_the_writer_is_refused()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        var c = await db.Cases.FirstAsync(x => x.Status == ComplaintStatus.Submitted, Ct);
        c.Status = ComplaintStatus.Accepted; // would leave the counts table and the audit log behind
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        Assert.Contains("CaseWrite", refused.Message, StringComparison.Ordinal);
    }

    private const string Marker = "written-before-the-crash";

    private static CallerScope Enterprise() => new(Roles.Enterprise, Uscc.Parse("91330106MA27XW1K3Y"), null, "case-write-test");

    private static ComplaintDraftRequest Draft(string contract) => new()
    {
        ContactName = "王芳",
        Contracts = [new ContractInput(contract, new DateOnly(2025, 3, 1), 500000m, null, null, null, null)],
        Description = "用于检验事务一致性的投诉草稿。",
    };

    /// <summary>Writes the entry through the real trail (in the caller's transaction), then fails, as a crash before the commit would.</summary>
    private sealed class CrashAfterAudit(IAuditTrail inner) : IAuditTrail
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => inner.RecordAsync(auditEvent, cancellationToken);

        public async Task RecordAsync(AuditEvent auditEvent, DbTransaction transaction, CancellationToken cancellationToken)
        {
            await inner.RecordAsync(auditEvent with { Details = Marker }, transaction, cancellationToken);
            throw new CrashException();
        }
    }

    private sealed class CrashException : Exception;
}

public sealed class SqliteCaseWriteTests(SqliteApp app) : CaseWriteTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCaseWriteTests(PostgresApp app) : CaseWriteTests(app), IClassFixture<PostgresApp>;
