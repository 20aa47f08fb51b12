using Yiwang.Kernel.Web.Workbench;
using Yiwang.Web.Platform.Identity.Administration;
using Yiwang.Web.Platform.Identity.Mail;
using Yiwang.Web.Platform.Identity.Registration;

namespace Yiwang.Web.Platform.Identity;

internal static class AccountsSetup
{
    /// <summary>Registration and its review, e-mail verification, password reset and the administration of accounts.</summary>
    public static IServiceCollection AddPlatformAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccountMailQueue>();
        services.AddHostedService<AccountMailWorker>();
        services.AddSingleton<MailAllowance>();
        services.AddScoped<AccountMail>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<PasswordFlows>();
        services.AddScoped<RegisterEnterpriseHandler>();
        services.AddScoped<RegistrationReview>();
        services.AddScoped<AccountListing>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<IWorkbenchSource, AccountWorkbenchSource>();
        return services;
    }
}
