namespace Yiwang.Reviews.Data;

/// <summary>
/// One filing in a review chain (an application for a recognition, a catalogue filing, a rectification) and, once granted,
/// the grant itself: its validity, 复核 date, updates and revocation. <see cref="Version"/> rises with every step; a step
/// taken on an older version is refused (409), so two reviewers deciding at once cannot both win.
/// </summary>
public sealed class Filing
{
    public long Id { get; set; }
    public string ChainId { get; set; } = string.Empty;

    /// <summary>The chain file's version when the filing was made.</summary>
    public string ChainVersion { get; set; } = string.Empty;

    /// <summary>What is applied for within the chain (a tier, a level), which some steps depend on.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>Applicant and region as registered when the filing was made: the chain follows this region.</summary>
    public string ApplicantUscc { get; set; } = string.Empty;
    public string ApplicantName { get; set; } = string.Empty;
    public string RegionCode { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;
    public int Version { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The deadline of the current stage and how it was counted (the calendar's rule text).</summary>
    public DateOnly? StageDueOn { get; set; }
    public string? StageDueRuleZh { get; set; }
    public string? StageDueRuleEn { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>From this day the grant may be renewed (复核 opens before the validity ends).</summary>
    public DateOnly? RecheckFrom { get; set; }
    public DateOnly? RenewedOn { get; set; }
    public string? RevocationReason { get; set; }

    /// <summary>The rules evaluation attached to the filing (Yiwang.Rules), as of the last submission or update.</summary>
    public string RuleSetId { get; set; } = string.Empty;
    public string Outcome { get; set; } = string.Empty;
    public bool Eligible { get; set; }
    public decimal? Score { get; set; }
    public string VerdictZh { get; set; } = string.Empty;
    public string VerdictEn { get; set; } = string.Empty;
    public string GapsJson { get; set; } = "[]";
    public string FactsJson { get; set; } = "{}";

    /// <summary>The last update (年度信息更新) and whether it still met the conditions.</summary>
    public DateOnly? LastUpdateOn { get; set; }
    public bool? LastUpdateMet { get; set; }

    public ICollection<FilingEvent> Events { get; } = new List<FilingEvent>();

    /// <summary>Granted and past its last valid day (awaiting 复核).</summary>
    public bool IsExpired(DateOnly today) => ValidUntil is { } until && until < today;
}

/// <summary>One step of the chain, kept for the applicant to read (the audit trail keeps the tamper-evident copy).</summary>
public sealed class FilingEvent
{
    public long Id { get; set; }
    public long FilingId { get; set; }
    public string Action { get; set; } = string.Empty;
    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string ActorRole { get; set; } = string.Empty;
    public string? ActorRegion { get; set; }
    public string ActorId { get; set; } = string.Empty;
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
