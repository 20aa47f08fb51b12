using Yiwang.Enterprises.Features.BatchClassify;

namespace Yiwang.Enterprises.Contracts;

/// <summary>
/// Classifies a whole register file, streaming: input rows + size, industry_row, rule_set, reason go to the
/// output; bad and unclassifiable rows go to <see cref="SizeBatchRequest.ErrorsPath"/> and the run goes on.
/// </summary>
public static class SizeClassificationBatch
{
    /// <exception cref="SizeBatchException">Unknown or invalid rule set, unreadable input or header, unwritable output.</exception>
    public static SizeBatchSummary Run(SizeBatchRequest request, IProgress<SizeBatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var set = SizeRuleSets.Resolve(request.RuleSet);
        return BatchClassifier.Run(set, request, progress, cancellationToken);
    }
}
