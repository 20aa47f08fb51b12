namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Where a case stands. Draft → Submitted → (Returned ⇄ Submitted) → Accepted → Handling → Resolved → Closed;
/// Submitted → Rejected; an objection to a result sends Resolved back to Handling (supervision reopened).
/// </summary>
internal enum ComplaintStatus
{
    Draft,
    Submitted,
    Returned,
    Rejected,
    Accepted,
    Handling,
    Resolved,
    Closed,
}

/// <summary>The organisations 第二条 covers, plus "other" so a complainant can still describe an unusual debtor.</summary>
internal enum RespondentType
{
    GovernmentBody,
    PublicInstitution,
    StateOwnedEnterprise,
    LargeEnterprise,
    Other,
}

/// <summary>Who else already took the matter up; anything but None is a statutory ground not to accept.</summary>
internal enum PriorProceedings
{
    None,
    Court,
    Arbitration,
    OtherAuthority,
    Mediation,
}

/// <summary>The 不予受理 grounds (Jiangsu's list, which cites the national 暂行办法; arrears-regulation.md §3.8).</summary>
internal enum RejectionReason
{
    NotProcurementDebt,
    AlreadyBeforeOtherBody,
    ExcludedByLaw,
    RepeatedWithoutNewFacts,
    NoContractRelationship,
}

internal enum HandlingStepKind
{
    ContactWithRespondent,
    RespondentAnswer,
    SupervisionNotice,
    Interview,
    PublicNotice,
}

internal enum ComplaintOutcome
{
    PaidInFull,
    PartlyPaid,
    PaymentPlan,
    NotSubstantiated,
    ReferredToCourt,
}
