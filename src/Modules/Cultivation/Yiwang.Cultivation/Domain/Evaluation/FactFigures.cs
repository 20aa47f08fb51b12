using Yiwang.Cultivation.Domain.Facts;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// One enterprise's figures, each computed at most once however many tests, indicators and tiers read it: a batch
/// row evaluated against three tiers would otherwise compute the same ratios a dozen times.
/// </summary>
internal sealed class FactFigures
{
    private static readonly Dictionary<string, int> Ordinals =
        MetricCatalog.All.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    private readonly decimal?[] values = new decimal?[MetricCatalog.All.Count];
    private readonly bool[] known = new bool[MetricCatalog.All.Count];

    public FactFigures(EnterpriseFacts facts) => Facts = facts;

    public EnterpriseFacts Facts { get; private set; }

    /// <summary>Starts over with another enterprise, so a batch thread reuses one instance for all its rows.</summary>
    public FactFigures Reset(EnterpriseFacts facts)
    {
        Facts = facts;
        Array.Clear(known);
        return this;
    }

    /// <summary>The position of a metric in <see cref="MetricCatalog.All"/>, resolved once when rules are prepared.</summary>
    public static int Ordinal(string metricId) => Ordinals[metricId];

    public decimal? Get(int ordinal)
    {
        if (!known[ordinal])
        {
            values[ordinal] = MetricCatalog.All[ordinal].Compute(Facts);
            known[ordinal] = true;
        }

        return values[ordinal];
    }
}
