using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintEvidence;

/// <summary>Evidence upload by the complainant while the case is a draft or returned; downloads by those who may see the case.</summary>
internal sealed class EvidenceHandler(ArrearsDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<(CaseCommandResult Result, EvidenceFile? File)> UploadAsync(long caseId, string? fileName, byte[] content, CallerScope scope, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !ComplaintAccess.CanSee(scope, c)) return (CaseCommandResult.NotFound(), null);
        if (!ComplaintAccess.IsComplainant(scope, c)) return (CaseCommandResult.Forbidden(CasePermission.Complainant.Denied), null);
        if (c.Status is not (ComplaintStatus.Draft or ComplaintStatus.Returned))
            return (CaseCommandResult.Conflict(new("只能在草稿或退回补正时上传材料", "Evidence can be added only to a draft or a returned complaint")), null);
        if (c.Evidence.Count >= EvidenceInspector.MaxFilesPerCase)
            return (CaseCommandResult.Unprocessable(new($"每件投诉最多 {EvidenceInspector.MaxFilesPerCase} 份材料", $"At most {EvidenceInspector.MaxFilesPerCase} files per complaint")), null);
        var check = EvidenceInspector.Inspect(fileName, content);
        if (!check.Accepted) return (CaseCommandResult.Unprocessable(check.Problem!.Value), null);

        var file = new EvidenceFile
        {
            FileName = check.FileName, ContentType = check.ContentType, SizeBytes = content.Length, Sha256 = check.Sha256,
            UploadedAt = clock.GetUtcNow(), UploadedBy = scope.UserId, Content = new EvidenceContent { Bytes = content },
        };
        c.Evidence.Add(file);
        c.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (CaseCommandResult.Conflict(CaseCommands.StaleText), null);
        }
        await audit.RecordAsync(new AuditEvent("complaint.evidence.uploaded", c.Number ?? $"draft-{c.Id}", scope.UserId, $"sha256 {check.Sha256}"), ct);
        return (CaseCommandResult.Done(c), file);
    }

    public async Task<(EvidenceFile File, byte[] Bytes)?> DownloadAsync(long caseId, long evidenceId, CallerScope scope, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        // Evidence can name the complainant, so respondents never download it.
        if (c is null || !ComplaintAccess.CanSee(scope, c) || scope.IsRespondent) return null;
        var file = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.CaseId == caseId, ct);
        if (file is null) return null;
        var content = await db.EvidenceContents.AsNoTracking().FirstAsync(e => e.Id == evidenceId, ct);
        await audit.RecordAsync(new AuditEvent("complaint.evidence.downloaded", c.Number ?? $"draft-{c.Id}", scope.UserId, file.Sha256), ct);
        return (file, content.Bytes);
    }

    public static Bilingual TooLarge => new($"文件超过 {EvidenceInspector.MaxBytes / 1024 / 1024} MB 上限", $"The file exceeds the {EvidenceInspector.MaxBytes / 1024 / 1024} MB limit");
}
