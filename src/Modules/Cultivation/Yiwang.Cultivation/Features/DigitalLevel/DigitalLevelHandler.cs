using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Domain.DigitalLevel;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.DigitalLevel;

internal sealed record SavedAssessment(long Id, string Uscc, DateTimeOffset CompletedAt, DigitalLevelResult Result);

/// <summary>Drafts and completed questionnaires; an enterprise only ever reads and writes its own.</summary>
internal sealed class DigitalLevelHandler(CultivationDbContext db, IAuditTrail audit, TimeProvider clock, ISmeRegister register)
{
    public static DigitalLevelIndex Index => DigitalLevelIndexLoader.Current;

    public async Task<DigitalLevelAnswers> DraftAsync(string uscc, CancellationToken ct)
    {
        var draft = await db.DigitalDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Uscc == uscc, ct);
        return draft is null ? DigitalLevelAnswers.Empty : Read(draft.AnswersJson);
    }

    /// <summary>Merges one wizard step into the draft: questions and scenarios of the step replace what was there.</summary>
    public async Task<Dictionary<string, Bilingual>> SaveStepAsync(string uscc, DigitalLevelAnswers step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var errors = step.Validate(Index, complete: false);
        if (errors.Count > 0) return errors;
        var draft = await db.DigitalDrafts.FirstOrDefaultAsync(d => d.Uscc == uscc, ct);
        if (draft is null)
        {
            draft = new DigitalDraftRecord { Uscc = uscc, IndexId = Index.Id };
            db.DigitalDrafts.Add(draft);
        }

        var current = Read(draft.AnswersJson);
        var choices = new Dictionary<string, IReadOnlyList<string>>(current.Choices ?? new Dictionary<string, IReadOnlyList<string>>(), StringComparer.Ordinal);
        foreach (var (k, v) in step.Choices ?? new Dictionary<string, IReadOnlyList<string>>()) choices[k] = v;
        var scenarios = new Dictionary<string, int>(current.Scenarios ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        foreach (var (k, v) in step.Scenarios ?? new Dictionary<string, int>()) scenarios[k] = v;
        draft.AnswersJson = JsonSerializer.Serialize(new DigitalLevelAnswers(choices, scenarios));
        draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Scores complete answers, keeps the result, clears the draft and records the audit entry.</summary>
    public async Task<(SavedAssessment? Saved, Dictionary<string, Bilingual> Errors)> CompleteAsync(CallerScope caller, DigitalLevelAnswers answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(answers);
        if (caller.Enterprise is not { } uscc) return (null, new() { ["caller"] = new("只有企业用户可以保存评测", "Only an enterprise user saves an assessment") });
        var errors = answers.Validate(Index, complete: true);
        if (errors.Count > 0) return (null, errors);
        var result = DigitalLevelScorer.Score(Index, answers);
        var registered = await register.FindAsync(uscc, ct);
        var record = new DigitalAssessmentRecord
        {
            Uscc = uscc.Value, RegionCode = registered?.Region.Value, IndexId = Index.Id, AnswersJson = JsonSerializer.Serialize(answers), Total = result.Total, Level = result.Level,
            ActorId = caller.UserId, CompletedAt = clock.GetUtcNow(),
        };
        db.DigitalAssessments.Add(record);
        await db.DigitalDrafts.Where(d => d.Uscc == uscc.Value).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("cultivation.digital-level.completed", $"digital-assessment/{record.Id} {uscc.Value}", caller.UserId,
            $"index={Index.Id};total={result.Total};level={result.Level}"), ct);
        return (new SavedAssessment(record.Id, record.Uscc, record.CompletedAt, result), errors);
    }

    /// <summary>Null when it does not exist or belongs to another enterprise (an official or admin may read any in scope of the API).</summary>
    public async Task<SavedAssessment?> FindAsync(long id, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var record = await db.DigitalAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (record is null || !(caller.IsAdmin || (caller.Enterprise is { } own && own.Value == record.Uscc))) return null;
        return new SavedAssessment(record.Id, record.Uscc, record.CompletedAt, DigitalLevelScorer.Score(Index, Read(record.AnswersJson)));
    }

    public async Task<IReadOnlyList<DigitalAssessmentSummary>> ListOwnAsync(CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Enterprise is not { } uscc) return [];
        return await db.DigitalAssessments.AsNoTracking().Where(a => a.Uscc == uscc.Value).OrderByDescending(a => a.Id)
            .Select(a => new DigitalAssessmentSummary(a.Id, a.IndexId, a.Total, a.Level, a.CompletedAt)).ToListAsync(ct);
    }

    private static DigitalLevelAnswers Read(string json) => JsonSerializer.Deserialize<DigitalLevelAnswers>(json) ?? DigitalLevelAnswers.Empty;
}

internal sealed record DigitalAssessmentSummary(long Id, string IndexId, decimal Total, int Level, DateTimeOffset CompletedAt);
