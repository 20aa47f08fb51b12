using System.Text.Json;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>An application as the API and the pages show it; <c>status</c> is <c>expired</c> once a recognition's validity has ended.</summary>
internal sealed record ApplicationDto(
    long Id, string Uscc, string EnterpriseName, string RegionCode, string Tier, Bilingual TierName, string RuleSetId, string Status,
    Bilingual StatusName, bool Eligible, decimal? Score, Bilingual Verdict, IReadOnlyList<Bilingual> Gaps, DateTimeOffset SubmittedAt,
    DateOnly? ValidFrom, DateOnly? ValidUntil, DateOnly? LastAnnualUpdate, bool? LastAnnualUpdateEligible, DateOnly? AnnualUpdateDue,
    string? RevocationReason, IReadOnlyList<ApplicationEventDto> Events)
{
    public static ApplicationDto From(ApplicationRecord r, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(r);
        var status = StatusId(r, today);
        var tierName = CultivationRuleSetCatalog.Find(r.RuleSetId)?.FindTier(r.Tier) is { } t ? new Bilingual(t.NameZh, t.NameEn) : new Bilingual(r.Tier, r.Tier);
        return new ApplicationDto(r.Id, r.Uscc, r.EnterpriseName, r.RegionCode, r.Tier, tierName, r.RuleSetId, status, StatusNames[status],
            r.Eligible, r.Score, new(r.VerdictZh, r.VerdictEn), JsonSerializer.Deserialize<List<Bilingual>>(r.GapsJson) ?? [], r.SubmittedAt,
            r.ValidFrom, r.ValidUntil, r.LastAnnualUpdate, r.LastAnnualUpdateEligible, DueDate(r, today), r.RevocationReason,
            r.Events.OrderBy(e => e.Id).Select(e => new ApplicationEventDto(e.Action, ActionNames.GetValueOrDefault(e.Action, new(e.Action, e.Action)),
                e.ActorRole, e.ActorRegion, e.Reason, e.At)).ToList());
    }

    public static string StatusId(ApplicationRecord r, DateOnly today) =>
        r.Status == ApplicationStatus.Recognised && r.ValidUntil < today ? "expired" : StatusIds[r.Status];

    // Annual data update on the 培育平台 by the rule set's day (5月31日 under the 2026 rules; tiered-cultivation.md §5,
    // [unconfirmed], so it is data in the rule-set file); due from the first full calendar year after recognition.
    private static DateOnly? DueDate(ApplicationRecord r, DateOnly today) =>
        r.Status == ApplicationStatus.Recognised && r.ValidFrom is { } from && from.Year < today.Year && r.ValidUntil >= today
            && (r.LastAnnualUpdate is null || r.LastAnnualUpdate.Value.Year < today.Year)
            ? AnnualDeadline(today.Year) : null;

    public static DateOnly AnnualDeadline(int year) => CultivationRuleSetCatalog.AnnualUpdateDeadline(year);

    private static readonly Dictionary<ApplicationStatus, string> StatusIds = new()
    {
        [ApplicationStatus.Submitted] = "submitted", [ApplicationStatus.Returned] = "returned", [ApplicationStatus.Rejected] = "rejected",
        [ApplicationStatus.LocallyRecommended] = "locallyRecommended", [ApplicationStatus.NationallyNominated] = "nationallyNominated",
        [ApplicationStatus.Recognised] = "recognised", [ApplicationStatus.Revoked] = "revoked",
    };

    public static IReadOnlyDictionary<string, Bilingual> StatusNames { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["submitted"] = new("待县（市）初审", "Awaiting county/city review"),
        ["returned"] = new("已退回修改", "Returned for changes"),
        ["rejected"] = new("未通过", "Rejected"),
        ["locallyRecommended"] = new("已推荐，待省级审核", "Recommended, awaiting the province"),
        ["nationallyNominated"] = new("省级已推荐，待工业和信息化部认定", "Nominated by the province, awaiting MIIT"),
        ["recognised"] = new("已认定（有效期内）", "Recognised (valid)"),
        ["expired"] = new("已过有效期，待复核", "Validity ended, awaiting review"),
        ["revoked"] = new("已撤销", "Revoked"),
    };

    private static readonly Dictionary<string, Bilingual> ActionNames = new(StringComparer.Ordinal)
    {
        ["submitted"] = new("企业提交申请", "Enterprise applied"),
        ["resubmitted"] = new("企业修改后重新提交", "Enterprise resubmitted"),
        ["recommended"] = new("县（市）推荐", "County/city recommended"),
        ["returned"] = new("退回修改", "Returned for changes"),
        ["rejected"] = new("不予通过", "Rejected"),
        ["nominated"] = new("省级推荐至工业和信息化部", "Province nominated to MIIT"),
        ["recognised"] = new("认定并公告", "Recognised and published"),
        ["annualUpdate"] = new("年度信息更新", "Annual data update"),
        ["annualReminder"] = new("系统提醒：年度信息更新截止", "Reminder: annual update due by"),
        ["annualOverdue"] = new("系统提醒：年度信息更新已逾期，截止", "Reminder: annual update overdue, deadline was"),
        ["revoked"] = new("撤销认定", "Recognition revoked"),
    };
}

internal sealed record ApplicationEventDto(string Action, Bilingual ActionName, string ActorRole, string? ActorRegion, string? Reason, DateTimeOffset At);
