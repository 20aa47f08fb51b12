using Yiwang.Enterprises.Contracts;
using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Features.BatchClassify;

/// <summary>Running totals of a batch; plain arrays on the good path, a dictionary only for errors.</summary>
internal sealed class BatchCounters
{
    private readonly long[] bySize = new long[4];
    private readonly Dictionary<string, long> errorsByKind = new(StringComparer.Ordinal);

    public long Rows { get; set; }
    public long Classified { get; private set; }
    public long Errors { get; private set; }

    public void Count(EnterpriseSize size)
    {
        bySize[(int)size]++;
        Classified++;
    }

    public void Error(string kind)
    {
        Errors++;
        errorsByKind[kind] = errorsByKind.GetValueOrDefault(kind) + 1;
    }

    public static string Kind(SizeOutcome outcome) => outcome switch
    {
        SizeOutcome.NotCovered => "not_covered",
        SizeOutcome.TooCoarse => "industry_too_coarse",
        SizeOutcome.MissingIndicator => "missing_indicator",
        SizeOutcome.InvalidFigure => "invalid_figure",
        _ => "invalid_industry_code",
    };

    public SizeBatchSummary Summary(SizeRuleSet set, string encoding, SizeBatchRequest request, TimeSpan elapsed) => new(
        set.Id, encoding, Rows, Classified, Errors,
        Enum.GetValues<EnterpriseSize>().ToDictionary(s => s.Code(), s => bySize[(int)s]),
        new Dictionary<string, long>(errorsByKind), request.OutputPath, request.ErrorsPath, elapsed);
}
