using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// An application as the API and the pages show it; <c>status</c> is <c>expired</c> once a recognition's validity has
/// ended. <c>version</c> goes back with a decision (<c>expectedVersion</c>): a stale one answers 409.
/// </summary>
internal sealed record ApplicationDto(
    long Id, string Uscc, string EnterpriseName, string RegionCode, string Tier, Bilingual TierName, string RuleSetId, string Status,
    Bilingual StatusName, bool Eligible, decimal? Score, Bilingual Verdict, IReadOnlyList<Bilingual> Gaps, DateTimeOffset SubmittedAt,
    DateOnly? ValidFrom, DateOnly? ValidUntil, DateOnly? LastAnnualUpdate, bool? LastAnnualUpdateEligible, DateOnly? AnnualUpdateDue,
    string? RevocationReason, IReadOnlyList<ApplicationEventDto> Events, int Version, DateOnly? StageDueOn, Bilingual? StageDueRule,
    DateOnly? RecheckFrom)
{
    public static ApplicationDto From(Filing f, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        var chain = RecognitionChain.Current;
        var status = StatusId(f, today);
        var tierName = CultivationRuleSetCatalog.Find(f.RuleSetId)?.FindTier(f.Category) is { } t ? new Bilingual(t.NameZh, t.NameEn) : new Bilingual(f.Category, f.Category);
        return new ApplicationDto(f.Id, f.ApplicantUscc, f.ApplicantName, f.RegionCode, f.Category, tierName, f.RuleSetId, status,
            chain.StatusName(f.State, status == Expired), f.Eligible, f.Score, new(f.VerdictZh, f.VerdictEn), FilingEvaluation.GapsOf(f), f.SubmittedAt,
            f.ValidFrom, f.ValidUntil, f.LastUpdateOn, f.LastUpdateMet, DueDate(f, today), f.RevocationReason,
            [.. f.Events.OrderBy(e => e.Id).Select(e => new ApplicationEventDto(e.Action, chain.EventName(e.Action), e.ActorRole, e.ActorRegion, e.Reason, e.At))],
            f.Version, f.StageDueOn, f.StageDueRuleZh is null ? null : new Bilingual(f.StageDueRuleZh, f.StageDueRuleEn ?? f.StageDueRuleZh), f.RecheckFrom);
    }

    public const string Expired = "expired";

    public static string StatusId(Filing f, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.State == RecognitionChain.Recognised && f.IsExpired(today) ? Expired : f.State;
    }

    /// <summary>Status id → its name, for filters and lists (from the chain, plus "expired").</summary>
    public static IReadOnlyDictionary<string, Bilingual> StatusNames { get; } = NamesOfStatuses();

    private static Dictionary<string, Bilingual> NamesOfStatuses()
    {
        var names = RecognitionChain.Current.States.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        names[Expired] = RecognitionChain.Current.ExpiredName;
        return names;
    }

    // Annual data update on the 培育平台 by the rule set's day (5月31日 under the 2026 rules; tiered-cultivation.md §5,
    // [unconfirmed], so it is data in the rule-set file); due from the first full calendar year after recognition.
    private static DateOnly? DueDate(Filing f, DateOnly today) =>
        f.State == RecognitionChain.Recognised && f.ValidFrom is { } from && from.Year < today.Year && f.ValidUntil >= today
            && (f.LastUpdateOn is null || f.LastUpdateOn.Value.Year < today.Year)
            ? AnnualDeadline(today.Year) : null;

    public static DateOnly AnnualDeadline(int year) => CultivationRuleSetCatalog.AnnualUpdateDeadline(year);
}

internal sealed record ApplicationEventDto(string Action, Bilingual ActionName, string ActorRole, string? ActorRegion, string? Reason, DateTimeOffset At);
