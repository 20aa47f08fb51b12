using Yiwang.Kernel.Notifications;

namespace Yiwang.Web.Platform.Notifications;

internal static class NotificationsSetup
{
    /// <summary>
    /// <see cref="INotifier"/> (scoped, writes through the request's PlatformDbContext), the inbox, and — only when
    /// <c>Smtp:Host</c> is configured — the background e-mail sender.
    /// </summary>
    public static IServiceCollection AddPlatformNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpOptions.Section);
        services.Configure<SmtpOptions>(section);
        services.AddScoped<RecipientResolver>();
        services.AddScoped<INotifier, PlatformNotifier>();
        services.AddScoped<UserInbox>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        if (section.Get<SmtpOptions>()?.IsEnabled == true) services.AddHostedService<OutboxSender>();
        return services;
    }
}
