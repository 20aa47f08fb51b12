using Microsoft.Extensions.DependencyInjection;
using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// Tells the next party to act, in the in-app inbox (and by e-mail where the host sends mail): the enterprise when a
/// reviewer decided, the reviewing level when something awaits it. Notices carry no personal data.
/// </summary>
internal sealed class RecognitionNotices(IServiceProvider services)
{
    public async Task AfterAsync(ApplicationRecord app, string action, CancellationToken ct)
    {
        // The notifier is the host's; a host without one (e.g. the CLI) simply sends nothing.
        if (services.GetService<INotifier>() is not { } notifier) return;
        var (to, subject) = Route(app, action);
        if (to is null) return;
        var status = ApplicationDto.StatusNames[ApplicationDto.StatusId(app, DateOnly.MinValue)];
        var body = new Bilingual($"{app.EnterpriseName}（申请编号 {app.Id}）：{subject.Zh}。当前状态：{status.Zh}。",
            $"{app.EnterpriseName} (application {app.Id}): {subject.En}. Status now: {status.En}.");
        await notifier.NotifyAsync(to, new Notification("cultivation." + action, $"application/{app.Id}", subject, body, Link(app)), ct);
    }

    public static string Link(ApplicationRecord app) => $"/cultivation/applications/{app.Id}";

    private static (NotificationRecipients? To, Bilingual Subject) Route(ApplicationRecord app, string action)
    {
        var region = RegionCode.Parse(app.RegionCode);
        var enterprise = new NotificationRecipients { EnterpriseUsccs = [app.Uscc] };
        // 初审 is the county's or the city's (ApplicationAccess.DenyLocalReview), so both hear of a new application.
        var local = new NotificationRecipients { OfficialRegions = [.. new[] { region.Value, region.City.Value }.Distinct()] };
        var province = new NotificationRecipients { OfficialRegions = [region.Province.Value] };
        var national = new NotificationRecipients { OfficialRegions = [RegionCode.National.Value] };
        return action switch
        {
            "submitted" => (local, new("收到新的梯度培育申请，待初审", "a new application awaits the preliminary review")),
            "resubmitted" => (local, new("退回的申请已修改并重新提交，待初审", "a returned application was corrected and resubmitted")),
            "recommended" => (province, new("县（市）已推荐，待省级审核", "recommended by the county/city; awaits the province")),
            "nominated" => (national, new("省级推荐“小巨人”，待工业和信息化部认定", "a little giant nominated by the province awaits MIIT")),
            "returned" => (enterprise, new("申请被退回修改，请按意见修改后重新提交", "the application was returned; correct it and resubmit")),
            "rejected" => (enterprise, new("申请未通过", "the application was rejected")),
            "recognised" => (enterprise, new("已获认定，有效期三年", "recognised, valid for three years")),
            "revoked" => (enterprise, new("认定已被撤销", "the recognition was revoked")),
            "annualUpdate" when app.LastAnnualUpdateEligible == false =>
                (app.Tier == ApplicationAccess.LittleGiant ? national : province, new("年度更新数据未达到认定条件，请复核", "the annual update no longer meets the conditions; please review")),
            _ => (null, default),
        };
    }
}
