using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintPages;

/// <summary>Names shown on the complaint pages for the stable codes the handlers return (statuses, events, alerts, choices).</summary>
internal static class PageText
{
    public static IEnumerable<(string Value, Bilingual Text)> Statuses =>
        Enum.GetValues<ComplaintStatus>().Select(s => (s.ToString(), ComplaintText.Status(s)));

    public static IEnumerable<(string Value, Bilingual Text)> RespondentTypes =>
        Enum.GetValues<RespondentType>().Select(t => (t.ToString(), ComplaintText.Respondent(t)));

    public static IEnumerable<(string Value, Bilingual Text)> Proceedings =>
        Enum.GetValues<PriorProceedings>().Select(p => (p.ToString(), ComplaintText.Proceedings(p)));

    public static IEnumerable<(string Value, Bilingual Text)> RejectionReasons =>
        Enum.GetValues<RejectionReason>().Select(r => (r.ToString(), ComplaintText.Rejection(r)));

    public static IEnumerable<(string Value, Bilingual Text)> StepKinds =>
        Enum.GetValues<HandlingStepKind>().Select(k => (k.ToString(), ComplaintText.Step(k)));

    public static IEnumerable<(string Value, Bilingual Text)> Outcomes =>
        Enum.GetValues<ComplaintOutcome>().Select(o => (o.ToString(), ComplaintText.Outcome(o)));

    public static string Outcome(string? code) =>
        EnumNames.TryParse<ComplaintOutcome>(code, out var o) ? ComplaintText.Outcome(o).Current : code ?? string.Empty;

    public static string Proceeding(string code) =>
        EnumNames.TryParse<PriorProceedings>(code, out var p) ? ComplaintText.Proceedings(p).Current : code;

    public static string Rejection(string? code) =>
        EnumNames.TryParse<RejectionReason>(code, out var r) ? ComplaintText.Rejection(r).Current : code ?? string.Empty;

    public static string Alert(string? alert) => alert switch
    {
        "Overdue" => Bilingual.T("已逾期", "overdue"),
        "DueSoon" => Bilingual.T("即将到期", "due soon"),
        _ => string.Empty,
    };

    public static string AlertClass(string? alert) => alert switch
    {
        "Overdue" => "badge overdue",
        "DueSoon" => "badge due-soon",
        _ => "badge",
    };

    public static string Unit(string unit) => unit == "working-days" ? Bilingual.T("工作日", "working days") : Bilingual.T("自然日", "calendar days");

    public static string Decision(string decision) => decision switch
    {
        "Approved" => Bilingual.T("已批准", "approved"),
        "Refused" => Bilingual.T("未批准", "refused"),
        _ => Bilingual.T("待审批", "pending"),
    };

    public static string Role(string role) => role switch
    {
        "enterprise" => Bilingual.T("投诉企业", "complainant"),
        "official" => Bilingual.T("工作人员", "official"),
        "respondent" => Bilingual.T("被投诉人", "respondent"),
        "admin" => Bilingual.T("管理员", "administrator"),
        _ => role,
    };

    /// <summary>The timeline's verbs (see ComplaintTransitions); an unknown verb is shown as stored.</summary>
    public static string Event(string action) => action switch
    {
        "draft.created" => Bilingual.T("创建草稿", "draft created"),
        "draft.updated" => Bilingual.T("修改草稿", "draft updated"),
        "submitted" => Bilingual.T("提交投诉", "submitted"),
        "resubmitted" => Bilingual.T("补正后重新提交", "resubmitted after completion"),
        "accepted" => Bilingual.T("受理", "accepted"),
        "returned" => Bilingual.T("退回补正", "returned for completion"),
        "rejected" => Bilingual.T("不予受理", "not accepted"),
        "forwarded" => Bilingual.T("转交处理部门", "forwarded"),
        "step.contact" => ComplaintText.Step(HandlingStepKind.ContactWithRespondent).Current,
        "step.respondent-answer" => ComplaintText.Step(HandlingStepKind.RespondentAnswer).Current,
        "step.supervision-notice" => ComplaintText.Step(HandlingStepKind.SupervisionNotice).Current,
        "step.interview" => ComplaintText.Step(HandlingStepKind.Interview).Current,
        "step.public-notice" => ComplaintText.Step(HandlingStepKind.PublicNotice).Current,
        "extension.requested" => Bilingual.T("申请延期", "extension requested"),
        "extension.approved" => Bilingual.T("批准延期", "extension approved"),
        "extension.refused" => Bilingual.T("不批准延期", "extension refused"),
        "resolved" => Bilingual.T("形成处理结果", "result given"),
        "confirmed" => Bilingual.T("投诉人确认", "confirmed by the complainant"),
        "objected" => Bilingual.T("投诉人提出异议", "objection by the complainant"),
        "plan.payment" => Bilingual.T("登记还款", "plan payment recorded"),
        "plan.overdue" => Bilingual.T("还款计划逾期未付", "payment-plan instalment overdue"),
        "deadline.recomputed" => Bilingual.T("期限重新计算", "deadline recomputed"),
        _ => action,
    };
}
