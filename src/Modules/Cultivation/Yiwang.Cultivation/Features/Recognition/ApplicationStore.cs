using System.Text.Json;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>Applications are filings of the recognition chain: loads them through the caller's scope and runs a chain step.</summary>
internal sealed class ApplicationStore(ReviewFilings filings, ReviewQueries queries, TimeProvider clock)
{
    public static readonly Kernel.Text.Bilingual NotFoundText = new("没有找到该申请", "No such application");

    public DateOnly Today => EvaluateTierHandler.Today(clock);

    public TimeProvider Clock => clock;

    public ReviewQueries Queries => queries;

    /// <summary>Null when it does not exist or the caller may not see it (both answer 404).</summary>
    public Task<Filing?> FindAsync(long id, CallerScope caller, CancellationToken ct) => filings.FindAsync(RecognitionChain.Current, id, caller, ct);

    public async Task<CommandResult<ApplicationDto>> SubmitAsync(NewFiling filing, CallerScope caller, CancellationToken ct) =>
        View(await filings.SubmitAsync(RecognitionChain.Current, filing, caller, ct));

    /// <summary>Whether the caller may take the step now (null) or why not, without taking it.</summary>
    public CommandResult? Check(Filing filing, ReviewRequest request, CallerScope caller) => filings.Check(RecognitionChain.Current, filing, request, caller);

    /// <summary>A step of the chain from the state the caller saw, as the caller asked it.</summary>
    public async Task<CommandResult<ApplicationDto>> ActAsync(long id, ReviewRequest request, CallerScope caller, CancellationToken ct) =>
        View(await filings.ActAsync(RecognitionChain.Current, id, request, caller, ct));

    /// <summary>The evaluation the chain keeps with the application: the tier's verdict, score and gaps, and the facts as filed.</summary>
    public static FilingEvaluation Evaluation(EnterpriseFacts facts, TierEvaluation result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new FilingEvaluation(result.RuleSetId, result.Outcome, result.Score?.Total, result.Verdict, [.. result.Gaps.Select(g => g.Text)], JsonSerializer.Serialize(facts));
    }

    private CommandResult<ApplicationDto> View(CommandResult<Filing> result) => result.Succeeded
        ? CommandResult.Of(ApplicationDto.From(result.Value!, Today), result.Message)
        : result.Status == CommandStatus.NotFound ? CommandResult.NotFound(NotFoundText).As<ApplicationDto>() : result.As<ApplicationDto>();
}
