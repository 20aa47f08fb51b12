using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>Loads applications through the caller's scope and commits a transition: event row, audit entry, one save.</summary>
internal sealed class ApplicationStore(CultivationDbContext db, IAuditTrail audit, TimeProvider clock, RecognitionNotices notices)
{
    public const int MaxReasonLength = 500;
    private const int GapsKept = 10;

    public CultivationDbContext Db => db;

    public DateOnly Today => EvaluateTierHandler.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeProvider Clock => clock;

    /// <summary>Null when it does not exist or the caller may not see it (both answer 404).</summary>
    public async Task<ApplicationRecord?> FindAsync(long id, CallerScope caller, CancellationToken ct)
    {
        var app = await db.Applications.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, ct);
        return app is not null && ApplicationAccess.CanSee(caller, app) ? app : null;
    }

    public async Task<CommandResult> CommitAsync(ApplicationRecord app, CallerScope caller, string action, string? reason, CancellationToken ct)
    {
        var now = Now;
        app.UpdatedAt = now;
        app.Events.Add(new ApplicationEventRecord
        {
            Action = action, ActorRole = caller.Role, ActorRegion = caller.Jurisdiction?.Value, ActorId = caller.UserId, Reason = reason, At = now,
        });
        if (app.Id == 0) db.Applications.Add(app);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("cultivation.application." + action, $"application/{app.Id} {app.Uscc} {app.Tier}", caller.UserId,
            reason is null ? $"status={app.Status}" : $"status={app.Status};reason={reason}"), ct);
        await notices.AfterAsync(app, action, ct);
        return CommandResult.Ok(ApplicationDto.From(app, Today));
    }

    public static void ApplyEvaluation(ApplicationRecord app, EnterpriseFacts facts, TierEvaluation result)
    {
        app.FactsJson = JsonSerializer.Serialize(facts);
        app.RuleSetId = result.RuleSetId;
        app.Eligible = result.Eligible;
        app.Score = result.Score?.Total;
        app.VerdictZh = Cut(result.Verdict.Zh);
        app.VerdictEn = Cut(result.Verdict.En);
        app.GapsJson = JsonSerializer.Serialize(result.Gaps.Take(GapsKept).Select(g => g.Text).ToList());
    }

    /// <summary>Return, reject and revoke must say why; the enterprise reads the reason.</summary>
    public static Bilingual? CheckReason(string? reason, bool required) =>
        required && string.IsNullOrWhiteSpace(reason) ? new Bilingual("必须填写理由", "A reason is required")
        : reason is { Length: > MaxReasonLength } ? new Bilingual($"理由不能超过 {MaxReasonLength} 字", $"The reason is limited to {MaxReasonLength} characters")
        : null;

    private static string Cut(string text) => text.Length > MaxReasonLength ? text[..MaxReasonLength] : text;
}
