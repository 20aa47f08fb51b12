using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Facts;

internal enum MetricUnit
{
    Percent,
    TenThousandYuan,
    Years,
    Count,
    Level,
    Rank,
    Points,
    Flag,
}

/// <summary>A figure the rules compare, derived from the reported facts; <see cref="FactNames"/> are what it needs.</summary>
internal sealed record Metric(string Id, Bilingual Name, MetricUnit Unit, IReadOnlyList<string> FactNames, Func<EnterpriseFacts, decimal?> Compute);
