using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Calendar;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;

namespace Yiwang.Reviews;

/// <summary>Registers the review workflow's services; a module that files through a chain calls it (more than once is harmless).</summary>
public static class ReviewsServices
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        // The host's calendar source (with administered corrections) wins; hosts without one count on the embedded calendar.
        services.TryAddSingleton<IWorkCalendarSource>(new FixedWorkCalendarSource());
        services.TryAddScoped(sp => new FilingWrite(sp.GetRequiredService<ReviewsDbContext>(), sp.GetRequiredService<IAuditTrail>()));
        services.TryAddScoped(sp => new ReviewNotices(sp));
        services.TryAddScoped(sp => new ReviewFilings(sp.GetRequiredService<ReviewsDbContext>(), sp.GetRequiredService<FilingWrite>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IWorkCalendarSource>(), sp.GetRequiredService<ReviewNotices>()));
        services.TryAddScoped(sp => new ReviewQueries(sp.GetRequiredService<ReviewsDbContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
