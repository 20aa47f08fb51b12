using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Data;

/// <summary>A completed digital-level questionnaire; the latest one pre-fills facts.digitalLevel in an application.</summary>
internal sealed class DigitalAssessmentRecord
{
    public long Id { get; set; }
    public string Uscc { get; set; } = string.Empty;

    /// <summary>The enterprise's registered region when it completed the questionnaire (city aggregates); null if not registered then.</summary>
    public string? RegionCode { get; set; }
    public string IndexId { get; set; } = string.Empty;
    public string AnswersJson { get; set; } = "{}";
    public decimal Total { get; set; }
    public int Level { get; set; }
    public string ActorId { get; set; } = string.Empty;
    public DateTimeOffset CompletedAt { get; set; }
}

/// <summary>The wizard's answers so far, one draft per enterprise, saved on every step.</summary>
internal sealed class DigitalDraftRecord
{
    public string Uscc { get; set; } = string.Empty;
    public string IndexId { get; set; } = string.Empty;
    public string AnswersJson { get; set; } = "{}";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An application for a tier and, once recognised, the recognition itself (validity, annual updates, revocation).</summary>
internal sealed class ApplicationRecord
{
    public long Id { get; set; }
    public string Uscc { get; set; } = string.Empty;

    /// <summary>Name and region as registered when the application was made: the review chain follows this region.</summary>
    public string EnterpriseName { get; set; } = string.Empty;
    public string RegionCode { get; set; } = string.Empty;
    public string Tier { get; set; } = string.Empty;
    public string RuleSetId { get; set; } = string.Empty;
    public ApplicationStatus Status { get; set; }
    public string FactsJson { get; set; } = "{}";
    public bool Eligible { get; set; }
    public decimal? Score { get; set; }
    public string VerdictZh { get; set; } = string.Empty;
    public string VerdictEn { get; set; } = string.Empty;
    public string GapsJson { get; set; } = "[]";
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public DateOnly? LastAnnualUpdate { get; set; }
    public bool? LastAnnualUpdateEligible { get; set; }
    public string? RevocationReason { get; set; }
    public List<ApplicationEventRecord> Events { get; set; } = [];
}

/// <summary>One step of the review chain, kept for the enterprise to read (the audit trail keeps the tamper-evident copy).</summary>
internal sealed class ApplicationEventRecord
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public string Action { get; set; } = string.Empty;
    public string ActorRole { get; set; } = string.Empty;
    public string? ActorRegion { get; set; }
    public string ActorId { get; set; } = string.Empty;
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
}

internal enum ApplicationStatus
{
    [Label("待县（市）初审", "Awaiting county/city review")] Submitted,
    [Label("已退回修改", "Returned for changes")] Returned,
    [Label("未通过", "Rejected")] Rejected,
    [Label("已推荐，待省级审核", "Recommended, awaiting the province")] LocallyRecommended,
    [Label("省级已推荐，待工业和信息化部认定", "Nominated, awaiting MIIT")] NationallyNominated,
    [Label("已认定", "Recognised")] Recognised,
    [Label("已撤销", "Revoked")] Revoked,
}
