using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <summary>
/// Names on the complaint pages for the stable codes the API returns (statuses, timeline verbs, roles, sizes): people
/// read labels, never the codes. An unknown code falls back to a neutral word, not to the code itself.
/// </summary>
internal static class CaseText
{
    public static string Status(string code) => EnumNames.TryParse<ComplaintStatus>(code, out var s) ? Labels.Of(s).Current : Bilingual.T("未知", "Unknown");

    /// <summary>How urgent a status looks: decisions pending are info, ended cases success or neutral, refusals danger.</summary>
    public static Tone StatusTone(string code) => EnumNames.TryParse<ComplaintStatus>(code, out var s) ? s switch
    {
        ComplaintStatus.Draft or ComplaintStatus.Withdrawn => Tone.Neutral,
        ComplaintStatus.Returned => Tone.Warning,
        ComplaintStatus.Rejected => Tone.Danger,
        ComplaintStatus.Closed => Tone.Success,
        _ => Tone.Info,
    } : Tone.Neutral;

    /// <summary>A time in a column already headed "Beijing time": the date and the hour, no suffix.</summary>
    public static string When(DateTimeOffset at)
    {
        var local = at.ToOffset(Figures.Beijing);
        return $"{Figures.Date(DateOnly.FromDateTime(local.DateTime))} {local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The rule's name — its text up to the colon ("《保障中小企业款项支付条例》第二十五条第一款").</summary>
    public static string RuleName(string rule)
    {
        var end = rule.IndexOfAny(['：', ':']);
        return end > 0 ? rule[..end] : rule;
    }

    public static string Label<TEnum>(string? code) where TEnum : struct, Enum =>
        EnumNames.TryParse<TEnum>(code, out var value) ? Labels.Of(value).Current : string.Empty;

    public static Tone AlertTone(string? alert) => alert switch { "Overdue" => Tone.Danger, "DueSoon" => Tone.Warning, _ => Tone.Neutral };

    public static string Period(int days, string unit) =>
        unit == "working-days" ? Bilingual.T($"{days} 个工作日", $"{days} working days") : Bilingual.T($"{days} 日", $"{days} calendar days");

    /// <summary>The size the register gave the complainant at submission (the Enterprises module's codes).</summary>
    public static string Size(string? code) => code switch
    {
        "micro" => Bilingual.T("微型企业", "Micro enterprise"),
        "small" => Bilingual.T("小型企业", "Small enterprise"),
        "medium" => Bilingual.T("中型企业", "Medium-sized enterprise"),
        "large" => Bilingual.T("大型企业", "Large enterprise"),
        _ => string.Empty,
    };

    public static string Role(string role) => role switch
    {
        "enterprise" => Bilingual.T("投诉企业", "Complainant"),
        "official" => Bilingual.T("主管部门", "Official"),
        "respondent" => Bilingual.T("被投诉人", "Respondent"),
        "admin" => Bilingual.T("管理员", "Administrator"),
        _ => Bilingual.T("系统", "System"),
    };

    public static string FileKind(string contentType) => contentType switch
    {
        "application/pdf" => Bilingual.T("PDF 文件", "PDF file"),
        "image/jpeg" => Bilingual.T("JPEG 图片", "JPEG image"),
        "image/png" => Bilingual.T("PNG 图片", "PNG image"),
        _ => Bilingual.T("文件", "File"),
    };

    /// <summary>The timeline's verbs (see ComplaintTransitions); an unknown verb reads as a plain "record".</summary>
    public static string Event(string action) => action switch
    {
        "draft.created" => Bilingual.T("创建草稿", "Draft created"),
        "draft.updated" => Bilingual.T("修改草稿", "Draft updated"),
        "submitted" => Bilingual.T("提交投诉", "Submitted"),
        "resubmitted" => Bilingual.T("补正后重新提交", "Resubmitted after completion"),
        "withdrawn" => Bilingual.T("投诉人撤回投诉", "Withdrawn by the complainant"),
        "accepted" => Bilingual.T("受理", "Accepted"),
        "returned" => Bilingual.T("退回补正", "Returned for completion"),
        "rejected" => Bilingual.T("不予受理", "Declined"),
        "forwarded" => Bilingual.T("转交处理部门", "Forwarded"),
        "step.contact" => Labels.Of(HandlingStepKind.ContactWithRespondent).Current,
        "step.respondent-answer" => Labels.Of(HandlingStepKind.RespondentAnswer).Current,
        "step.supervision-notice" => Labels.Of(HandlingStepKind.SupervisionNotice).Current,
        "step.interview" => Labels.Of(HandlingStepKind.Interview).Current,
        "step.public-notice" => Labels.Of(HandlingStepKind.PublicNotice).Current,
        "extension.requested" => Bilingual.T("申请延期", "Extension requested"),
        "extension.approved" => Bilingual.T("批准延期", "Extension approved"),
        "extension.refused" => Bilingual.T("不批准延期", "Extension refused"),
        "resolved" => Bilingual.T("形成处理结果", "Result given"),
        "confirmed" => Bilingual.T("投诉人确认，办结", "Confirmed by the complainant; closed"),
        "objected" => Bilingual.T("投诉人提出异议", "Objection by the complainant"),
        "plan.payment" => Bilingual.T("登记还款", "Plan payment recorded"),
        "plan.overdue" => Bilingual.T("还款计划逾期未付", "Payment-plan instalment overdue"),
        "deadline.recomputed" => Bilingual.T("期限重新计算", "Deadline recomputed"),
        _ => Bilingual.T("记录", "Record"),
    };
}
