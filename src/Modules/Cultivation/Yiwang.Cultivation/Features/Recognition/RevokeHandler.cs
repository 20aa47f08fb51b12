using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The recognising authority (the province; MIIT for 小巨人) withdraws a recognition, always with a reason the enterprise
/// can read; or, at 复核, continues it for another three years.
/// </summary>
internal sealed class RevokeHandler(ApplicationStore store)
{
    public Task<CommandResult<ApplicationDto>> HandleAsync(long id, RevokeRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.ActAsync(id, new ReviewRequest(RecognitionChain.Recognised, "revoke", request.Reason, request.ExpectedVersion), caller, ct);
    }

    public Task<CommandResult<ApplicationDto>> RenewAsync(long id, RevokeRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.ActAsync(id, new ReviewRequest(RecognitionChain.Recognised, "renew", request.Reason, request.ExpectedVersion), caller, ct);
    }
}
