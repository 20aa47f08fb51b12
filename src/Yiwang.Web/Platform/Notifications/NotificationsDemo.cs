using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>A welcome message for each demo account, so a fresh install shows the inbox and its unread counter at once.</summary>
internal static class NotificationsDemo
{
    public const string WelcomeKind = "platform.welcome";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<INotifier>() is not { } notifier) return; // a host without notifications (e.g. the CLI's)
        var db = services.GetRequiredService<PlatformDbContext>();
        if (await db.Set<InboxEntry>().AnyAsync(e => e.Kind == WelcomeKind, cancellationToken)) return;
        var emails = DemoAccounts.All.Select(a => a.Email.ToUpperInvariant()).ToList();
        var ids = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.Id).ToListAsync(cancellationToken);
        await notifier.NotifyAsync(
            new NotificationRecipients { UserIds = ids },
            new Notification(WelcomeKind, "welcome",
                new Bilingual("欢迎使用一网", "Welcome to Yiwang"),
                new Bilingual("这是您的站内消息箱：案件期限提醒、办理结果等通知都会出现在这里。", "This is your inbox: deadline reminders, case results and other notices appear here."),
                "/"),
            cancellationToken);
    }
}
