using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

/// <summary>Runs <see cref="DeadlineSweep"/> every <c>Complaints:SweepIntervalMinutes</c> (default 60; 0 turns it off).</summary>
internal sealed class DeadlineSweepService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<DeadlineSweepService> logger) : IntervalJob(scopes, clock, logger)
{
    protected override string Name => "Complaint deadline sweep";

    protected override TimeSpan Interval => Minutes(configuration.GetValue("Complaints:SweepIntervalMinutes", 60));

    protected override async Task<string?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<DeadlineSweep>().RunAsync(cancellationToken);
        return FormattableString.Invariant(
            $"{report.OverdueMarked} overdue, {report.DueSoonMarked} due soon, {report.RegionsNotified} departments notified, {report.InstallmentsOverdue} plan instalments overdue");
    }
}
