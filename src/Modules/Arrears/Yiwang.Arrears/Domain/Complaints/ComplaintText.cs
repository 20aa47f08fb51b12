using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>Names of statuses, types, grounds and outcomes in both UI languages.</summary>
internal static class ComplaintText
{
    public static Bilingual Status(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Draft => new("草稿", "draft"),
        ComplaintStatus.Submitted => new("待受理审查", "awaiting acceptance review"),
        ComplaintStatus.Returned => new("退回补正", "returned for completion"),
        ComplaintStatus.Rejected => new("不予受理", "not accepted"),
        ComplaintStatus.Accepted => new("已受理待转交", "accepted, awaiting forwarding"),
        ComplaintStatus.Handling => new("处理中", "being handled"),
        ComplaintStatus.Resolved => new("已反馈待确认", "result given, awaiting confirmation"),
        _ => new("已办结", "closed"),
    };

    public static Bilingual Respondent(RespondentType type) => type switch
    {
        RespondentType.GovernmentBody => new("机关", "government body"),
        RespondentType.PublicInstitution => new("事业单位", "public institution"),
        RespondentType.StateOwnedEnterprise => new("国有企业", "state-owned enterprise"),
        RespondentType.LargeEnterprise => new("大型企业", "large enterprise"),
        _ => new("其他", "other"),
    };

    public static Bilingual Proceedings(PriorProceedings p) => p switch
    {
        PriorProceedings.None => new("无", "none"),
        PriorProceedings.Court => new("人民法院已受理", "before a court"),
        PriorProceedings.Arbitration => new("仲裁机构已受理", "before an arbitration body"),
        PriorProceedings.OtherAuthority => new("其他行政管理部门已受理", "before another authority"),
        _ => new("行业协会等社会调解机构已受理", "before a mediation body"),
    };

    public static Bilingual Rejection(RejectionReason reason) => reason switch
    {
        RejectionReason.NotProcurementDebt => new("不属于采购货物、工程、服务形成的款项", "the debt does not arise from procurement of goods, works or services"),
        RejectionReason.AlreadyBeforeOtherBody => new("人民法院、仲裁机构、其他行政管理部门或者社会调解机构已经受理或者处理",
            "a court, arbitration body, other authority or mediation body has already taken it up"),
        RejectionReason.ExcludedByLaw => new("法律、行政法规、部门规章规定不予受理的其他情形", "otherwise excluded by law, regulation or rule"),
        RejectionReason.RepeatedWithoutNewFacts => new("已形成并反馈处理结果，且未提出新的事实和理由", "repeated after a result was given, with no new facts or reasons"),
        _ => new("投诉人与被投诉人不存在合同关系（第二十五条第四款）", "no contract relationship between complainant and respondent (Art. 25(4))"),
    };

    public static Bilingual Step(HandlingStepKind kind) => kind switch
    {
        HandlingStepKind.ContactWithRespondent => new("联系被投诉人", "contact with the respondent"),
        HandlingStepKind.RespondentAnswer => new("被投诉人反馈", "respondent's answer"),
        HandlingStepKind.SupervisionNotice => new("发出督办书", "supervision notice (督办书) issued"),
        HandlingStepKind.Interview => new("约谈", "interview (约谈)"),
        _ => new("通报", "public notice (通报)"),
    };

    public static Bilingual Outcome(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.PaidInFull => new("已全额支付", "paid in full"),
        ComplaintOutcome.PartlyPaid => new("部分支付", "partly paid"),
        ComplaintOutcome.PaymentPlan => new("达成还款计划", "payment plan agreed"),
        ComplaintOutcome.NotSubstantiated => new("投诉事项不成立", "not substantiated"),
        _ => new("引导通过司法途径解决", "referred to court"),
    };

    public static Bilingual Deadline(DeadlineKind kind) => kind switch
    {
        DeadlineKind.AcceptanceReview => new("受理审查", "acceptance review"),
        DeadlineKind.Forwarding => new("转交处理部门", "forwarding to the handling department"),
        _ => new("形成处理结果", "handling result"),
    };
}
