using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Where a case stands. Draft → Submitted → (Returned ⇄ Submitted) → Accepted → Handling → Resolved → Closed;
/// Submitted → Rejected; an objection to a result sends Resolved back to Handling (supervision reopened); before a
/// result the complainant may withdraw (撤回投诉) from any open state. <see cref="ComplaintStateMachine"/> says who may
/// move a case from where.
/// </summary>
/// <remarks>Stored as text (<c>arr_cases.Status</c>, 12 characters): a new state needs no schema change.</remarks>
internal enum ComplaintStatus
{
    [Label("草稿", "Draft")] Draft,
    [Label("待受理审查", "Awaiting acceptance review")] Submitted,
    [Label("退回补正", "Returned for completion")] Returned,
    [Label("不予受理", "Not accepted")] Rejected,
    [Label("已受理待转交", "Accepted, awaiting forwarding")] Accepted,
    [Label("处理中", "Being handled")] Handling,
    [Label("已反馈待确认", "Result given, awaiting confirmation")] Resolved,
    [Label("已办结", "Closed")] Closed,
    [Label("已撤回", "Withdrawn")] Withdrawn,
}

/// <summary>The organisations 第二条 covers, plus "other" so a complainant can still describe an unusual debtor.</summary>
internal enum RespondentType
{
    [Label("机关", "Government body")] GovernmentBody,
    [Label("事业单位", "Public institution")] PublicInstitution,
    [Label("国有企业", "State-owned enterprise")] StateOwnedEnterprise,
    [Label("大型企业", "Large enterprise")] LargeEnterprise,
    [Label("其他", "Other")] Other,
}

/// <summary>Who else already took the matter up; anything but None is a statutory ground not to accept.</summary>
internal enum PriorProceedings
{
    [Label("无", "None")] None,
    [Label("人民法院已受理", "Before a court")] Court,
    [Label("仲裁机构已受理", "Before an arbitration body")] Arbitration,
    [Label("其他行政管理部门已受理", "Before another authority")] OtherAuthority,
    [Label("行业协会等社会调解机构已受理", "Before a mediation body")] Mediation,
}

/// <summary>The 不予受理 grounds (Jiangsu's list, which cites the national 暂行办法; arrears-regulation.md §3.8).</summary>
internal enum RejectionReason
{
    [Label("不属于采购货物、工程、服务形成的款项", "The debt does not arise from procurement of goods, works or services")]
    NotProcurementDebt,

    [Label("人民法院、仲裁机构、其他行政管理部门或者社会调解机构已经受理或者处理", "A court, arbitration body, other authority or mediation body has already taken it up")]
    AlreadyBeforeOtherBody,

    [Label("法律、行政法规、部门规章规定不予受理的其他情形", "Otherwise excluded by law, regulation or rule")]
    ExcludedByLaw,

    [Label("已形成并反馈处理结果，且未提出新的事实和理由", "Repeated after a result was given, with no new facts or reasons")]
    RepeatedWithoutNewFacts,

    [Label("投诉人与被投诉人不存在合同关系（第二十五条第四款）", "No contract relationship between complainant and respondent (Art. 25(4))")]
    NoContractRelationship,
}

internal enum HandlingStepKind
{
    [Label("联系被投诉人", "Contact with the respondent")] ContactWithRespondent,
    [Label("被投诉人反馈", "Respondent's answer")] RespondentAnswer,
    [Label("发出督办书", "Supervision notice (督办书) issued")] SupervisionNotice,
    [Label("约谈", "Interview (约谈)")] Interview,
    [Label("通报", "Public notice (通报)")] PublicNotice,
}

internal enum ComplaintOutcome
{
    [Label("已全额支付", "Paid in full")] PaidInFull,
    [Label("部分支付", "Partly paid")] PartlyPaid,
    [Label("达成还款计划", "Payment plan agreed")] PaymentPlan,
    [Label("投诉事项不成立", "Not substantiated")] NotSubstantiated,
    [Label("引导通过司法途径解决", "Referred to court")] ReferredToCourt,
}
