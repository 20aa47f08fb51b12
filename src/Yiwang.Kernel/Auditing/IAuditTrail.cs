namespace Yiwang.Kernel.Auditing;

/// <summary>
/// Records a state change or a view of personal data in the platform's tamper-evident log.
/// Modules call this inside the same unit of work as the change; the host owns the hash chain.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}

/// <param name="Action">A stable verb such as <c>enterprise.imported</c>.</param>
/// <param name="Subject">What was acted on, e.g. a USCC or a case number; never personal data.</param>
public sealed record AuditEvent(string Action, string Subject, string ActorId, string? Details = null);
