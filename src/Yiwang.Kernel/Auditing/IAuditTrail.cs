using System.Data.Common;

namespace Yiwang.Kernel.Auditing;

/// <summary>
/// Records a state change or a view of personal data in the platform's tamper-evident log. The host owns the hash chain.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Appends the event in its own transaction and returns once it is stored. For what is not a database change of the
    /// caller's (a view of personal data, a sign-in); a change is audited with the transactional overload instead.
    /// </summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the event inside the caller's open <paramref name="transaction"/> (same database, same connection), so the
    /// entry commits or rolls back with the change it describes: a crash between the two can no longer leave a committed
    /// change without its entry, nor an entry for a change that never happened. Call it last before committing: on
    /// PostgreSQL the chain's tail stays locked until the caller's commit.
    /// </summary>
    /// <remarks>
    /// The default records in a transaction of its own, for trails that keep nothing in the caller's database (test
    /// recorders); the platform's trail overrides it.
    /// </remarks>
    Task RecordAsync(AuditEvent auditEvent, DbTransaction transaction, CancellationToken cancellationToken) =>
        RecordAsync(auditEvent, cancellationToken);
}

/// <param name="Action">A stable verb such as <c>enterprise.imported</c>.</param>
/// <param name="Subject">What was acted on, e.g. a USCC or a case number; never personal data.</param>
public sealed record AuditEvent(string Action, string Subject, string ActorId, string? Details = null);
