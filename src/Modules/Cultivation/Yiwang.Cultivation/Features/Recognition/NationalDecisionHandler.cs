using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>MIIT recognises (or rejects) a 小巨人 nominated by the province.</summary>
internal sealed class NationalDecisionHandler(ApplicationStore store)
{
    public Task<CommandResult<ApplicationDto>> HandleAsync(long id, ReviewDecision request, CallerScope caller, CancellationToken ct) =>
        store.ActAsync(id, LocalReviewHandler.Step(RecognitionChain.NationallyNominated, request), caller, ct);
}
