using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// Tells the next party to act (第二十五条: results are fed back to the complainant and to the accepting department).
/// Notices never carry personal data or, for a respondent, the complainant's identity.
/// </summary>
internal sealed class ComplaintNotices(IServiceProvider services)
{
    public async Task AfterAsync(ComplaintCase c, string action, CancellationToken cancellationToken)
    {
        // The notifier is the host's; a host without one (e.g. the CLI) simply sends nothing.
        if (services.GetService<INotifier>() is not { } notifier || c.Number is null) return;
        var (to, subject) = Route(c, action);
        if (to is null) return;
        var status = Labels.Of(c.Status);
        var body = new Bilingual($"案件 {c.Number}：{subject.Zh}。当前状态：{status.Zh}。", $"Case {c.Number}: {subject.En}. Status now: {status.En}.");
        await notifier.NotifyAsync(to, new Notification("complaint." + action, c.Number, subject, body, $"/complaints/{c.Id}"), cancellationToken);
    }

    private static (NotificationRecipients? To, Bilingual Subject) Route(ComplaintCase c, string action)
    {
        var complainant = new NotificationRecipients { EnterpriseUsccs = [c.ComplainantUscc] };
        var accepting = new NotificationRecipients { OfficialRegions = [c.AcceptingRegion] };
        var handling = c.HandlingRegion is null ? null : new NotificationRecipients { OfficialRegions = [c.HandlingRegion] };
        string[] respondent = c.RespondentUscc is null ? [] : [c.RespondentUscc];
        return action switch
        {
            "submitted" or "resubmitted" => (accepting, new("收到新的投诉，待受理审查", "a new complaint awaits acceptance review")),
            "accepted" => (complainant, new("投诉已受理", "the complaint was accepted")),
            "returned" => (complainant, new("投诉被退回补正", "the complaint was returned for completion")),
            "rejected" => (complainant, new("投诉不予受理", "the complaint was not accepted")),
            "forwarded" => (handling is null ? null : handling with { EnterpriseUsccs = [c.ComplainantUscc], RespondentUsccs = respondent },
                new("投诉已转交处理投诉部门", "the complaint was forwarded to the handling department")),
            "extension.requested" => (handling, new("处理期限延期申请待审批", "an extension of the handling period awaits approval")),
            "extension.approved" or "extension.refused" => (handling, new("延期申请已审批", "the extension request was decided")),
            "step.supervision-notice" or "step.interview" or "step.public-notice" =>
                (new NotificationRecipients { RespondentUsccs = respondent }, new("处理投诉部门对贵单位采取了督办措施", "the handling department took a supervision step concerning you")),
            "step.respondent-answer" => (handling, new("被投诉人提交了反馈", "the respondent answered")),
            "resolved" => (accepting with { EnterpriseUsccs = [c.ComplainantUscc] }, new("已形成处理结果，请确认", "a result was given; please confirm or object")),
            "objected" => (handling is null ? null : handling with { IncludeSupervisors = true }, new("投诉人对处理结果提出异议，重新督办", "the complainant objected to the result; supervision reopened")),
            "confirmed" => (handling, new("投诉人确认处理结果，案件办结", "the complainant confirmed the result; the case is closed")),
            // The respondent is told only when the case had reached it (forwarded); before that it never heard of it.
            "withdrawn" => (c.ForwardedOn is null ? accepting : accepting with
            {
                OfficialRegions = c.HandlingRegion is null ? [c.AcceptingRegion] : [c.AcceptingRegion, c.HandlingRegion], RespondentUsccs = respondent,
            }, new("投诉人撤回了投诉，案件结束", "the complainant withdrew the complaint; the case has ended")),
            _ => (null, default),
        };
    }
}
