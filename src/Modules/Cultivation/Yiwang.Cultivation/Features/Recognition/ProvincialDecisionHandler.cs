using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The province recognises 创新型 / 专精特新中小企业 (valid three years from the decision) and nominates 小巨人 candidates to
/// MIIT; it may also return or reject. tiered-cultivation.md §2.1 and §5; the steps are the chain file's.
/// </summary>
internal sealed class ProvincialDecisionHandler(ApplicationStore store)
{
    public Task<CommandResult<ApplicationDto>> HandleAsync(long id, ReviewDecision request, CallerScope caller, CancellationToken ct) =>
        store.ActAsync(id, LocalReviewHandler.Step(RecognitionChain.LocallyRecommended, request), caller, ct);
}
