using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Data;

namespace Yiwang.Reviews.Filings;

/// <summary>
/// Tells the next party to act, as the step's data says: the applicant when a reviewer decided, the officials of the next
/// state (at their levels, in the applicant's region) when something awaits them. Notices carry no personal data.
/// </summary>
internal sealed class ReviewNotices(IServiceProvider services)
{
    public async Task AfterAsync(ReviewChain chain, Filing filing, ReviewStep step, CancellationToken ct)
    {
        // The notifier is the host's; a host without one (the CLI, module tests) sends nothing.
        if (services.GetService<INotifier>() is not { } notifier || step.Notice is not { } subject) return;
        if (step.OnlyIfNotMet && filing.LastUpdateMet != false) return;
        var to = Recipients(chain, filing, step);
        if (to is null) return;
        var status = chain.StatusName(filing.State, expired: false);
        var body = new Bilingual($"{filing.ApplicantName}（编号 {filing.Id}）：{subject.Zh}。当前状态：{status.Zh}。",
            $"{filing.ApplicantName} (no. {filing.Id}): {subject.En}. Status now: {status.En}.");
        await notifier.NotifyAsync(to, new Notification($"{chain.NoticePrefix}.{step.Event}", $"{chain.Reference}/{filing.Id}", subject, body, chain.LinkTo(filing.Id)), ct);
    }

    private static NotificationRecipients? Recipients(ReviewChain chain, Filing filing, ReviewStep step) => step.Notify switch
    {
        NotifyTarget.Applicant => new NotificationRecipients { EnterpriseUsccs = [filing.ApplicantUscc] },
        NotifyTarget.Next when RegionCode.TryParse(filing.RegionCode, out var region, out _) => new NotificationRecipients
        {
            OfficialRegions = [.. chain.State(step.To).OfficialActors(filing.Category).SelectMany(a => a.JurisdictionsOf(region)).Distinct()],
        },
        _ => null,
    };
}
