using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.RevealContact;

/// <summary>The unmasked contact, returned only to authorised roles and audited each time.</summary>
internal sealed record ComplaintContact(string ContactName, string ContactPhone);

/// <summary>The complainant's contact in full, for the complainant and the officials on the case only; every view is audited.</summary>
internal sealed class RevealContactHandler(ArrearsDbContext db, IAuditTrail audit)
{
    public async Task<CommandResult<ComplaintContact>> RevealAsync(long id, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !ComplaintAccess.CanSee(scope, c)) return CommandResult.NotFound(CaseCommands.NotFoundText).As<ComplaintContact>();
        var verdict = ComplaintStateMachine.Judge(CaseAction.ViewContact, scope, c);
        if (!verdict.Allowed) return CommandResult.Forbidden(verdict.Why).As<ComplaintContact>();
        await audit.RecordAsync(new AuditEvent("complaint.contact.viewed", c.Number ?? $"draft-{c.Id}", scope.UserId, $"role {scope.Role}"), ct);
        return CommandResult.Of(new ComplaintContact(c.ContactName, c.ContactPhone));
    }
}
