namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// A complaint about overdue payment (拖欠中小企业款项投诉) from draft to closure. Transitions live in
/// <see cref="ComplaintTransitions"/>; this class is the state they act on, as stored.
/// </summary>
internal sealed class ComplaintCase
{
    public long Id { get; set; }

    /// <summary>Public case number, given on first submission (TS + year + id); drafts have none.</summary>
    public string? Number { get; set; }
    public ComplaintStatus Status { get; set; }

    /// <summary>Optimistic concurrency: two officials acting on the same version — the second gets 409.</summary>
    public int Version { get; set; }

    public string ComplainantUscc { get; set; } = string.Empty;
    public string ComplainantName { get; set; } = string.Empty;
    public string ComplainantRegion { get; set; } = string.Empty;
    public string ContactName { get; set; } = string.Empty;
    public string ContactPhone { get; set; } = string.Empty;

    /// <summary>第二十条: keep the complainant's identity from the respondent (anti-retaliation).</summary>
    public bool WithholdIdentity { get; set; }

    /// <summary>The size check at submission (第三条), kept as evidence: size code, rule set and explanation lines.</summary>
    public string? ComplainantSize { get; set; }
    public string? SizeCheckRuleSet { get; set; }
    public string? SizeCheckExplanation { get; set; }

    public string RespondentName { get; set; } = string.Empty;
    public string? RespondentUscc { get; set; }
    public RespondentType RespondentType { get; set; }
    public string RespondentRegion { get; set; } = string.Empty;

    /// <summary>A central body or central SOE: 谁主管谁负责 sends it to the national level.</summary>
    public bool RespondentIsCentral { get; set; }

    /// <summary>What is still owed when filing; <see cref="PaymentsReceivedYuan"/> is what was already paid on the contracts.</summary>
    public decimal AmountOwedYuan { get; set; }
    public decimal PaymentsReceivedYuan { get; set; }
    public PriorProceedings PriorProceedings { get; set; }
    public string Description { get; set; } = string.Empty;

    /// <summary>Province (or national) department that decides on acceptance (第二十四条: 省级以上).</summary>
    public string AcceptingRegion { get; set; } = string.Empty;
    public string? HandlingRegion { get; set; }
    public string? HandlingDepartment { get; set; }
    public string? RoutingRule { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? ForwardedOn { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    public string? ReturnNote { get; set; }
    public RejectionReason? RejectionReason { get; set; }
    public string? RejectionNote { get; set; }

    /// <summary>Case numbers with the same complainant, respondent and a shared contract number, found at submission.</summary>
    public string? PossibleDuplicates { get; set; }

    public ComplaintOutcome? Outcome { get; set; }
    public decimal? RecoveredYuan { get; set; }
    public string? ResultFeedback { get; set; }
    public bool Reopened { get; set; }
    public int ExtensionDaysGranted { get; set; }

    /// <summary>
    /// The alert of the case's running clock (Overdue before DueSoon; None when no clock runs or none is flagged), a copy
    /// of <see cref="CaseDeadline.Alert"/> kept by the save hook (<c>CaseAlertSync</c>) and by the sweep, so the list's
    /// "overdue" filter — the link in every overdue digest — reads one indexed column instead of joining the clocks.
    /// </summary>
    public DeadlineAlert Alert { get; set; }

    public List<ComplaintContract> Contracts { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];
    public List<CaseDeadline> Deadlines { get; set; } = [];
    public List<ExtensionRequest> Extensions { get; set; } = [];
    public List<PlanInstallment> Installments { get; set; } = [];
    public List<EvidenceFile> Evidence { get; set; } = [];

    public bool IsOpen => Status is ComplaintStatus.Submitted or ComplaintStatus.Returned or ComplaintStatus.Accepted
        or ComplaintStatus.Handling or ComplaintStatus.Resolved;

    public CaseDeadline? RunningDeadline(DeadlineKind kind) => Deadlines.FirstOrDefault(d => d.Kind == kind && d.IsRunning);
}
