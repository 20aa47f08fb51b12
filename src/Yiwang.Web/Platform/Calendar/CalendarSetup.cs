using Yiwang.Kernel.Calendar;

namespace Yiwang.Web.Platform.Calendar;

internal static class CalendarSetup
{
    /// <summary>
    /// <see cref="IWorkCalendarSource"/> (singleton, stored notices merged over the embedded calendar, loaded on start-up)
    /// and the administration behind /admin/calendar. Modules register their own <see cref="IWorkCalendarChangeListener"/>s.
    /// </summary>
    public static IServiceCollection AddPlatformCalendar(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseWorkCalendarSource>();
        services.AddSingleton<IWorkCalendarSource>(sp => sp.GetRequiredService<DatabaseWorkCalendarSource>());
        services.AddHostedService<CalendarStartupLoader>();
        services.AddScoped<CalendarAdministration>();
        services.AddScoped<CalendarYears>();
        return services;
    }
}
