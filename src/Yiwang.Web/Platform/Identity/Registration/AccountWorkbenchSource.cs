using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Web.Platform.Identity.Registration;

/// <summary>
/// The host's part of the workbench: a reviewer's pending enterprise registrations (待我处理), and for an account that
/// waits for its binding, whose approval it waits for — or why it was rejected.
/// </summary>
internal sealed class AccountWorkbenchSource(RegistrationReview review) : IWorkbenchSource
{
    private static readonly Bilingual Kind = new("企业注册审核", "Enterprise registration");

    public async Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        if (ApprovingAuthority.DecidesAny(caller)) return await ReviewerAsync(caller, cancellationToken);
        if (caller.Role == Roles.Anonymous && caller.UserId.Length > 0) return await ApplicantAsync(caller.UserId, cancellationToken);
        return WorkbenchContribution.Empty;
    }

    private async Task<WorkbenchContribution> ReviewerAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var count = await review.PendingCountAsync(caller, cancellationToken);
        if (count == 0) return WorkbenchContribution.Empty;
        var (pending, _) = await review.ListAsync(caller, RegistrationStatus.Pending, 1, cancellationToken);
        var items = pending.Take(10).Select(r => new WorkItem(Kind, r.EnterpriseName, $"/account/registrations/{r.Id}", null, Tone.Info,
            Labels.Of(r.Status), RegionDirectory.Default.FullName(RegionCode.Parse(r.RegionCode)))).ToList();
        return new WorkbenchContribution(items,
            [new WorkbenchTile(new("待审核企业注册", "Registrations to review"), count.ToString(System.Globalization.CultureInfo.InvariantCulture), new("件", "pending"), "/account/registrations", Tone.Info, 50)],
            []);
    }

    private async Task<WorkbenchContribution> ApplicantAsync(string userId, CancellationToken cancellationToken)
    {
        var (latest, authority) = await review.MineAsync(userId, cancellationToken);
        if (latest is null) return WorkbenchContribution.Empty;
        if (latest.Status == RegistrationStatus.Pending)
        {
            return new WorkbenchContribution(
                [new WorkItem(Kind, T($"待{authority.Zh}审核", $"Awaiting approval by {authority.En}"), "/account/registration", null, Tone.Warning, Labels.Of(latest.Status), latest.EnterpriseName)],
                [],
                [new WorkbenchLink(new("查看注册申请", "See my registration"), "/account/registration",
                    new("审核通过后，您会收到站内消息和邮件，重新登录即可办理企业业务。", "Once approved you get a message and an e-mail; sign in again to act for your enterprise."))]);
        }

        if (latest.Status == RegistrationStatus.Rejected)
        {
            return new WorkbenchContribution(
                [new WorkItem(Kind, T($"绑定申请被驳回：{latest.RejectionReason}", $"Binding rejected: {latest.RejectionReason}"), "/account/registration", null, Tone.Danger, Labels.Of(latest.Status), latest.EnterpriseName)],
                [], []);
        }

        return WorkbenchContribution.Empty;
    }

    private static string T(string zh, string en) => Bilingual.T(zh, en);
}
