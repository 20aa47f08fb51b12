using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Yiwang.Kernel.Auditing;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Data;

namespace Yiwang.Reviews.Filings;

/// <summary>
/// Saves a step and its audit entry in one transaction (as Arrears' <c>CaseWrite</c> does): a crash leaves both or neither.
/// The filing's version is the concurrency token, so a step saved over a version that changed meanwhile fails here.
/// </summary>
internal sealed class FilingWrite(ReviewsDbContext db, IAuditTrail audit)
{
    /// <exception cref="DbUpdateConcurrencyException">The filing's version changed meanwhile; nothing was saved.</exception>
    public async Task SaveAsync(ReviewChain chain, Filing filing, FilingEvent step, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var details = $"state={filing.State};version={filing.Version}" + (step.Reason is null ? string.Empty : $";reason={step.Reason}");
        // Last before the commit: on PostgreSQL the audit chain's tail stays locked until then.
        await audit.RecordAsync(new AuditEvent($"{chain.AuditPrefix}.{step.Action}", Subject(chain, filing), step.ActorId, details), transaction.GetDbTransaction(), ct);
        await transaction.CommitAsync(ct);
    }

    public static string Subject(ReviewChain chain, Filing filing) => $"{chain.Reference}/{filing.Id} {filing.ApplicantUscc} {filing.Category}";
}
