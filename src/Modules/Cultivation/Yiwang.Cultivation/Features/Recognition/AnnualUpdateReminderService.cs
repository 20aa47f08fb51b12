using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// Runs <see cref="AnnualUpdateReminders"/> every <c>Cultivation:ReminderIntervalMinutes</c> (default 1440, a day; 0 turns
/// it off); reminders are idempotent per year.
/// </summary>
internal sealed class AnnualUpdateReminderService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<AnnualUpdateReminderService> logger) : IntervalJob(scopes, clock, logger)
{
    protected override string Name => "Annual-update reminders";

    protected override TimeSpan Interval => Minutes(configuration.GetValue("Cultivation:ReminderIntervalMinutes", 1440));

    protected override async Task<string?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<AnnualUpdateReminders>().RunAsync(cancellationToken);
        return FormattableString.Invariant($"{report.Reminded} due, {report.Overdue} overdue");
    }
}
