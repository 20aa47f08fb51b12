using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// What someone can do to a case. <see cref="ComplaintStateMachine"/> says who may do which one when; the API lists the
/// allowed ones by <see cref="CaseActions.Code"/> (<c>allowedActions</c>: "accept", "decide-extension", …).
/// </summary>
internal enum CaseAction
{
    [Label("修改投诉", "Edit the complaint")] Edit,
    [Label("上传证明材料", "Upload evidence")] UploadEvidence,
    [Label("提交投诉", "Submit the complaint")] Submit,
    [Label("撤回投诉", "Withdraw the complaint")] Withdraw,
    [Label("受理", "Accept")] Accept,
    [Label("退回补正", "Return for completion")] Return,
    [Label("不予受理", "Decline")] Reject,
    [Label("转交处理部门", "Forward")] Forward,
    [Label("记录处理过程", "Record a handling step")] RecordStep,
    [Label("申请延长处理期限", "Request an extension")] RequestExtension,
    [Label("审批延期申请", "Decide the extension request")] DecideExtension,
    [Label("形成处理结果", "Enter the result")] Resolve,
    [Label("确认处理结果", "Confirm the result")] Confirm,
    [Label("对处理结果提出异议", "Object to the result")] Object,
    [Label("登记还款", "Record a plan payment")] RecordPayment,
    [Label("被投诉人反馈", "Answer the complaint")] Respond,
    [Label("查看联系人", "See the contact")] ViewContact,
}

internal static class CaseActions
{
    /// <summary>The API's name of an action: the member name in kebab case (<c>RequestExtension</c> → <c>request-extension</c>).</summary>
    public static string Code(this CaseAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));

    public static bool TryParse(string? code, out CaseAction action)
    {
        foreach (var candidate in Enum.GetValues<CaseAction>())
        {
            if (candidate.Code() != code) continue;
            action = candidate;
            return true;
        }
        action = default;
        return false;
    }
}
