using Yiwang.Kernel.Text;

namespace Yiwang.Reviews.Filings;

/// <summary>A new filing: what the applicant applies for, as registered, with the rules evaluation of its facts.</summary>
public sealed record NewFiling(string Category, string ApplicantName, string RegionCode, FilingEvaluation Evaluation);

/// <summary>
/// A step asked of a filing that the caller saw in <paramref name="FromState"/>. The action is the word the API and the
/// form post (<c>recommend</c>, <c>return</c>, …).
/// </summary>
/// <param name="ExpectedVersion">The version the caller saw; another one answers 409 and nothing changes.</param>
/// <param name="Evaluation">A new evaluation to attach (a resubmission, an update).</param>
public sealed record ReviewRequest(string FromState, string? Action, string? Reason, int? ExpectedVersion, FilingEvaluation? Evaluation = null);

/// <summary>An entry of the published list (公告名单).</summary>
public sealed record PublishedFiling(long Id, string ApplicantUscc, string ApplicantName, string RegionCode, string Category, string RuleSetId,
    DateOnly ValidFrom, DateOnly ValidUntil);

internal static class ReviewTexts
{
    public const int MaxReasonLength = 500;

    public static readonly Bilingual NotFound = new("没有找到该申请", "No such application");

    public static readonly Bilingual ReasonRequired = new("必须填写理由", "A reason is required");

    public static readonly Bilingual ReasonTooLong = new($"理由不能超过 {MaxReasonLength} 字", $"The reason is limited to {MaxReasonLength} characters");

    public static readonly Bilingual ApplicantOnly = new("只有申请企业本身可以提交", "Only the applicant enterprise itself files");

    public static readonly Bilingual NotWhileExpired = new("有效期已过，不能再办理此项", "The validity has ended; this can no longer be done");

    public static readonly Bilingual NotBeforeRecheck = new("尚未到复核时间", "The review (复核) is not open yet");

    /// <summary>The answer to a stale decision: someone acted first; what the filing is now, and that nothing was saved.</summary>
    public static Bilingual Stale(Bilingual now) => new(
        $"该申请已被他人处理（当前状态：{now.Zh}），您的操作未保存。请刷新页面查看最新状态后再操作。",
        $"Someone else acted on this application in the meantime (it is now: {now.En}); your action was not saved. Reload the page to see its current state.");

    public static Bilingual Unknown(IEnumerable<string> allowed)
    {
        var list = allowed.ToList();
        return list.Count == 0
            ? new("此状态下不能进行此项操作", "Nothing can be done in this state")
            : new($"应为 {string.Join("、", list)}", $"must be {string.Join(", ", list)}");
    }
}
