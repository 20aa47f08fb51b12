using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The recognised enterprise reports this year's figures; they are checked again under the rule set of the recognition
/// (the 2026 小巨人 复核 still uses the 63号 standard, tiered-cultivation.md §5). A failed check does not revoke by
/// itself: the recognising department is told and decides.
/// </summary>
internal sealed class AnnualUpdateHandler(ApplicationStore store)
{
    public Task<CommandResult<ApplicationDto>> HandleAsync(long id, SubmitApplicationRequest request, CallerScope caller, CancellationToken ct) =>
        SubmitApplicationHandler.EvaluatedStepAsync(store, id, RecognitionChain.Recognised, "update", request, caller, ct);
}
