using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// The one table of who may do what to a case, and when: the case page and the API's <c>allowedActions</c> list what it
/// allows, every command handler asks it before acting, and <see cref="ComplaintTransitions"/> checks the case's side
/// of it again. A refusal says why, with the answer's kind: not yours to do (403), not now (409), not by the rules (422).
/// </summary>
internal static class ComplaintStateMachine
{
    private static readonly ComplaintStatus[] Editable = [ComplaintStatus.Draft, ComplaintStatus.Returned];
    private static readonly ComplaintStatus[] BeforeResult = [ComplaintStatus.Submitted, ComplaintStatus.Returned, ComplaintStatus.Accepted, ComplaintStatus.Handling];
    private static readonly ComplaintStatus[] Handling = [ComplaintStatus.Handling];

    private static readonly IReadOnlyList<Move> Moves =
    [
        new(CaseAction.Edit, Editable, ComplaintAccess.IsComplainant, Text.ComplainantOnly,
            NotNow: new("已提交的投诉不能再修改，如需补充请等待退回补正", "A submitted complaint cannot be edited; wait until it is returned for completion")),
        new(CaseAction.UploadEvidence, Editable, ComplaintAccess.IsComplainant, Text.ComplainantOnly,
            NotNow: new("只能在草稿或退回补正时上传材料", "Evidence can be added only to a draft or a returned complaint")),
        new(CaseAction.Submit, Editable, ComplaintAccess.IsComplainant, Text.ComplainantOnly),
        new(CaseAction.Withdraw, BeforeResult, ComplaintAccess.IsComplainant, Text.ComplainantOnly,
            NotNow: new("已形成处理结果或已结束的投诉不能撤回", "A complaint with a result, or one that has ended, cannot be withdrawn")),
        new(CaseAction.Accept, [ComplaintStatus.Submitted], ComplaintAccess.CanReview, Text.ReviewerOnly),
        new(CaseAction.Return, [ComplaintStatus.Submitted], ComplaintAccess.CanReview, Text.ReviewerOnly),
        new(CaseAction.Reject, [ComplaintStatus.Submitted], ComplaintAccess.CanReview, Text.ReviewerOnly),
        new(CaseAction.Forward, [ComplaintStatus.Accepted], ComplaintAccess.CanReview, Text.ReviewerOnly),
        new(CaseAction.RecordStep, Handling, ComplaintAccess.CanHandle, Text.HandlerOnly),
        new(CaseAction.RequestExtension, Handling, ComplaintAccess.CanHandle, Text.HandlerOnly, When: NoPendingExtension),
        // 第二十五条第二款: "经部门负责人批准" — the head of the handling department, and not the official who asked.
        new(CaseAction.DecideExtension, Handling, ComplaintAccess.CanHandle, Text.HandlerOnly, When: PendingExtensionOfAnother,
            Only: ComplaintAccess.HeadsHandlingDepartment, OnlyElse: new("延期须由处理投诉部门的负责人审批", "Only the head of the handling department can decide an extension")),
        new(CaseAction.Resolve, Handling, ComplaintAccess.CanHandle, Text.HandlerOnly),
        new(CaseAction.Confirm, [ComplaintStatus.Resolved], ComplaintAccess.IsComplainant, Text.ComplainantOnly),
        new(CaseAction.Object, [ComplaintStatus.Resolved], ComplaintAccess.IsComplainant, Text.ComplainantOnly),
        new(CaseAction.RecordPayment, [ComplaintStatus.Resolved, ComplaintStatus.Closed],
            (s, c) => ComplaintAccess.CanHandle(s, c) || ComplaintAccess.IsComplainant(s, c),
            new("只有处理投诉部门或投诉企业可以登记还款", "Only the handling department or the complainant can record a payment"), When: HasPlan),
        new(CaseAction.Respond, Handling, ComplaintAccess.IsRespondent, new("只有被投诉人本身可以进行此操作", "Only the respondent itself can do this")),
        new(CaseAction.ViewContact, Enum.GetValues<ComplaintStatus>(), ComplaintAccess.CanSeeContact,
            new("无权查看投诉人联系方式", "You may not see the complainant's contact details")),
    ];

    /// <summary>What <paramref name="scope"/> may do to <paramref name="c"/> now, in the order the case page shows them.</summary>
    public static IReadOnlyList<CaseAction> AllowedActions(CallerScope scope, ComplaintCase c) =>
        [.. Moves.Where(m => Judge(m, scope, c).Allowed).Select(m => m.Action)];

    /// <summary>Whether <paramref name="scope"/> may do <paramref name="action"/> now, and if not, why (the case is visible to it).</summary>
    public static CaseVerdict Judge(CaseAction action, CallerScope scope, ComplaintCase c) => Judge(Of(action), scope, c);

    /// <summary>The case's side alone (its state, and who is acting): what a transition checks before it changes anything.</summary>
    /// <exception cref="ComplaintRuleException">The case does not allow it now.</exception>
    public static void Require(CaseAction action, ComplaintCase c, string actorId)
    {
        ArgumentNullException.ThrowIfNull(c);
        var verdict = CaseSide(Of(action), c, actorId);
        if (!verdict.Allowed) throw new ComplaintRuleException(verdict.Why, verdict.Kind == VerdictKind.Refused ? 422 : 409);
    }

    private static CaseVerdict Judge(Move move, CallerScope scope, ComplaintCase c)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(c);
        if (!move.Who(scope, c)) return CaseVerdict.Forbidden(move.WhoElse);
        var caseSide = CaseSide(move, c, scope.UserId);
        if (!caseSide.Allowed) return caseSide;
        return move.Only is null || move.Only(scope, c) ? CaseVerdict.Yes : CaseVerdict.Forbidden(move.OnlyElse ?? move.WhoElse);
    }

    private static CaseVerdict CaseSide(Move move, ComplaintCase c, string actorId)
    {
        if (!move.From.Contains(c.Status))
            return CaseVerdict.NotNow(move.NotNow ?? new(
                $"案件当前状态为“{Labels.Of(c.Status).Zh}”，不能进行此操作", $"The case is {Labels.Of(c.Status).En.ToLowerInvariant()}; this action is not possible now"));
        return move.When?.Invoke(c, actorId) ?? CaseVerdict.Yes;
    }

    private static Move Of(CaseAction action) => Moves.First(m => m.Action == action);

    private static CaseVerdict? NoPendingExtension(ComplaintCase c, string actorId) =>
        c.Extensions.Any(e => e.Decision == ExtensionDecision.Pending)
            ? CaseVerdict.NotNow(new("已有待审批的延期申请", "An extension request is already waiting for approval")) : null;

    private static CaseVerdict? PendingExtensionOfAnother(ComplaintCase c, string actorId) =>
        c.Extensions.FirstOrDefault(e => e.Decision == ExtensionDecision.Pending) switch
        {
            null => CaseVerdict.NotNow(new("没有待审批的延期申请", "There is no pending extension request")),
            { } pending when pending.RequestedBy == actorId => CaseVerdict.NotNow(new(
                "延期须由部门负责人审批，申请人不能自行批准", "An extension must be approved by the head of department, not by the official who asked for it")),
            _ => null,
        };

    private static CaseVerdict? HasPlan(ComplaintCase c, string actorId) =>
        c.Installments.Count == 0 ? CaseVerdict.NotNow(new("该案件没有还款计划", "This case has no payment plan")) : null;

    /// <param name="Who">The role and scope that may do it at all (else 403 <paramref name="WhoElse"/>).</param>
    /// <param name="From">The statuses it starts from (else 409, <paramref name="NotNow"/> or a message naming the status).</param>
    /// <param name="When">Further conditions on the case and the acting user (null = none).</param>
    /// <param name="Only">A last condition on the caller, checked once the case allows the action (else 403 <paramref name="OnlyElse"/>).</param>
    private sealed record Move(CaseAction Action, ComplaintStatus[] From, Func<CallerScope, ComplaintCase, bool> Who, Bilingual WhoElse,
        Bilingual? NotNow = null, Func<ComplaintCase, string, CaseVerdict?>? When = null,
        Func<CallerScope, ComplaintCase, bool>? Only = null, Bilingual? OnlyElse = null);

    private static class Text
    {
        public static readonly Bilingual ComplainantOnly = new("只有投诉企业本身可以进行此操作", "Only the complaining enterprise can do this");
        public static readonly Bilingual ReviewerOnly = new("只有受理投诉部门（省级以上）在其辖区内可以进行此操作", "Only the accepting department (provincial level or above) for this case can do this");
        public static readonly Bilingual HandlerOnly = new("只有处理投诉部门及其上级部门可以进行此操作", "Only the handling department for this case, or a department above it, can do this");
    }
}

internal enum VerdictKind
{
    Allowed,

    /// <summary>Not this caller's to do (403).</summary>
    Forbidden,

    /// <summary>Not in the case's current state (409).</summary>
    NotNow,

    /// <summary>Well-formed, but the regulation refuses it (422).</summary>
    Refused,
}

internal sealed record CaseVerdict(VerdictKind Kind, Bilingual Why)
{
    public static CaseVerdict Yes { get; } = new(VerdictKind.Allowed, default);

    public bool Allowed => Kind == VerdictKind.Allowed;

    public static CaseVerdict Forbidden(Bilingual why) => new(VerdictKind.Forbidden, why);

    public static CaseVerdict NotNow(Bilingual why) => new(VerdictKind.NotNow, why);
}
