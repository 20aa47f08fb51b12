using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;

namespace Yiwang.Arrears.Features.DownloadEvidence;

/// <summary>An evidence file for those who may see the case, never for the respondent (evidence can name the complainant); audited.</summary>
internal sealed class DownloadEvidenceHandler(ArrearsDbContext db, IAuditTrail audit)
{
    public async Task<(EvidenceFile File, byte[] Bytes)?> DownloadAsync(long caseId, long evidenceId, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !ComplaintAccess.CanSee(scope, c) || scope.IsRespondent) return null;
        var file = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.CaseId == caseId, ct);
        if (file is null) return null;
        var content = await db.EvidenceContents.AsNoTracking().FirstAsync(e => e.Id == evidenceId, ct);
        await audit.RecordAsync(new AuditEvent("complaint.evidence.downloaded", c.Number ?? $"draft-{c.Id}", scope.UserId, file.Sha256), ct);
        return (file, content.Bytes);
    }
}
