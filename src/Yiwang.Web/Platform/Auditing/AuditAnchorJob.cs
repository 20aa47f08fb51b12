using Yiwang.Kernel.Web;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>Anchors the chain's head every <c>Audit:AnchorIntervalMinutes</c> (default 60; 0 turns it off).</summary>
internal sealed class AuditAnchorJob(IServiceScopeFactory scopes, AuditChainSettings settings, AuditAnchors anchors, TimeProvider clock,
    ILogger<AuditAnchorJob> logger) : IntervalJob(scopes, clock, logger)
{
    protected override string Name => "Audit chain anchor";

    protected override TimeSpan Interval => settings.AnchorInterval;

    protected override async Task<string?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var anchor = await anchors.AnchorHeadAsync(services.GetRequiredService<PlatformDbContext>(), cancellationToken);
        return anchor is null ? null : $"head {anchor.Sequence} anchored in {settings.AnchorFile}";
    }
}
