using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>初审 by the county or city department of the enterprise's region: recommend upward, return for changes, or reject.</summary>
internal sealed class LocalReviewHandler(ApplicationStore store)
{
    public Task<CommandResult<ApplicationDto>> HandleAsync(long id, ReviewDecision request, CallerScope caller, CancellationToken ct) =>
        store.ActAsync(id, Step(RecognitionChain.Submitted, request), caller, ct);

    public static ReviewRequest Step(string fromState, ReviewDecision request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ReviewRequest(fromState, request.Decision, request.Reason, request.ExpectedVersion);
    }
}
