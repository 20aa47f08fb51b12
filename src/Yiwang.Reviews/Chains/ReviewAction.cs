namespace Yiwang.Reviews.Chains;

/// <summary>What a party does to a filing. Which action is open to whom in which state is the chain's data, not code.</summary>
public enum ReviewAction
{
    /// <summary>The applicant files (or, after a return, files again).</summary>
    Submit,

    /// <summary>退回补正: back to the applicant for correction, with a reason.</summary>
    Return,

    /// <summary>推荐: passed up to the next level.</summary>
    Recommend,

    /// <summary>不予通过, with a reason; the filing is closed.</summary>
    Reject,

    /// <summary>认定 / 批准: granted, valid from today for the chain's validity period.</summary>
    Approve,

    /// <summary>撤销 a grant, with a reason.</summary>
    Revoke,

    /// <summary>复核通过: the grant continues for another validity period.</summary>
    Renew,

    /// <summary>信息更新 (e.g. the yearly figures): a new evaluation attached to a granted filing; the state does not change.</summary>
    Update,
}

/// <summary>What a state means for the filing as a whole.</summary>
public enum StateKind
{
    /// <summary>Awaiting a reviewer.</summary>
    InReview,

    /// <summary>Back with the applicant; still open.</summary>
    Returned,

    /// <summary>Granted (认定): valid until its end date, on the published list meanwhile.</summary>
    Granted,

    /// <summary>Closed (rejected, revoked): a new filing may be made.</summary>
    Closed,
}

/// <summary>Who hears of a step.</summary>
public enum NotifyTarget
{
    None,

    /// <summary>The applicant enterprise.</summary>
    Applicant,

    /// <summary>The officials who act in the state the step leads to (at their levels, in the applicant's region).</summary>
    Next,
}
