using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.UploadEvidence;

/// <summary>What was stored: the file's metadata and the case it belongs to.</summary>
internal sealed record StoredEvidence(long CaseId, long Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

/// <summary>Evidence by the complainant while the case is a draft or returned: judged by its bytes, stored with its checksum.</summary>
internal sealed class UploadEvidenceHandler(CaseCommands commands)
{
    public static Bilingual TooLarge => new($"文件超过 {EvidenceInspector.MaxBytes / 1024 / 1024} MB 上限", $"The file exceeds the {EvidenceInspector.MaxBytes / 1024 / 1024} MB limit");

    public async Task<CommandResult<StoredEvidence>> UploadAsync(long caseId, string? fileName, byte[] content, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        EvidenceFile? file = null;
        var result = await commands.RunAsync(caseId, scope, expectedVersion: null, CaseAction.UploadEvidence, (c, actor, _) =>
        {
            var check = EvidenceInspector.Inspect(fileName, content);
            if (!check.Accepted) return Task.FromResult<CommandResult?>(CommandResult.Unprocessable(check.Problem!.Value));
            file = new EvidenceFile
            {
                FileName = check.FileName, ContentType = check.ContentType, SizeBytes = content.Length, Sha256 = check.Sha256,
                UploadedAt = actor.Now, UploadedBy = actor.UserId, Content = new EvidenceContent { Bytes = content },
            };
            ComplaintTransitions.AddEvidence(c, actor, file);
            return Task.FromResult<CommandResult?>(null);
        }, ct, audit: c => [CaseCommands.Audited(c, "evidence.uploaded", scope.UserId, $"sha256 {file!.Sha256}")]);
        return result.Succeeded
            ? CommandResult.Of(new StoredEvidence(caseId, file!.Id, file.FileName, file.ContentType, file.SizeBytes, file.Sha256, file.UploadedAt), result.Message)
            : result.As<StoredEvidence>();
    }
}
