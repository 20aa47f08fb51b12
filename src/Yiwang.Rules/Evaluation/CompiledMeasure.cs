using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Evaluation;

/// <summary>One measure of an indicator: its fact, bounds as numbers and band labels, resolved once.</summary>
internal sealed class CompiledMeasure
{
    private static readonly Bilingual MissingBand = new("缺少数据，不得分", "data missing, no points");
    private readonly decimal[] bounds;
    private readonly bool inclusive;

    public CompiledMeasure(Measure measure, FactSchema schema, bool inclusive)
    {
        Source = measure;
        Fact = schema.Get(measure.Fact);
        this.inclusive = inclusive;
        Higher = measure.Direction == "higher";
        Points = measure.Bands.Select(b => b.Points).ToArray();
        bounds = measure.Bands.Take(Math.Max(0, measure.Bands.Count - 1)).Select(b => RuleValues.Resolve(Fact, b.Bound!.Value, out var n) is null ? n : 0).ToArray();
        BestPoints = Points.Length > 0 ? Points[0] : 0;
        Op = Higher ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<");
        Labels = measure.Bands.Select((b, k) => b.LabelZh is not null && b.LabelEn is not null ? new Bilingual(b.LabelZh, b.LabelEn)
            : k < bounds.Length ? ValueText.Requirement(Fact, Op, bounds[k]) : new Bilingual("其他", "otherwise")).ToArray();
    }

    public Measure Source { get; }

    public FactDefinition Fact { get; }

    public bool Higher { get; }

    /// <summary>Points per band, best first.</summary>
    public decimal[] Points { get; }

    public decimal BestPoints { get; }

    /// <summary>The operator a value must satisfy against a band's bound to be in that band.</summary>
    public string Op { get; }

    public int BandCount => Points.Length;

    /// <summary>The bound of a band; null for the last.</summary>
    public decimal? Bound(int band) => band < bounds.Length ? bounds[band] : null;

    /// <summary>The band's label; <see cref="BandCount"/> stands for "no value, no band".</summary>
    public Bilingual Label(int band) => band < Labels.Length ? Labels[band] : MissingBand;

    /// <summary>
    /// The band of the fact's value: <see cref="BandCount"/> (no band, no points) when the fact is missing, or when a
    /// partial value (a lower bound) is scored by a "lower is better" measure; the last band for an empty none-fact or
    /// an undefined figure, which are answers, not gaps in the data.
    /// </summary>
    public int BandOf(FactValues facts, out FactState state, out decimal value)
    {
        state = facts.Get(Fact.Ordinal, out value);
        return state switch
        {
            FactState.Present => Find(value),
            FactState.Partial => Higher ? Find(value) : BandCount,
            FactState.Missing => BandCount,
            _ => BandCount - 1,
        };
    }

    /// <summary>The points of a band, 0 for "no band".</summary>
    public decimal PointsOf(int band) => band < Points.Length ? Points[band] : 0;

    /// <summary>Whether reporting more could raise the points: the value is missing or only a lower bound.</summary>
    public static bool IsOpen(FactState state) => state is FactState.Missing or FactState.Partial;

    private int Find(decimal v)
    {
        for (var i = 0; i < bounds.Length; i++)
        {
            var inBand = Higher ? inclusive ? v >= bounds[i] : v > bounds[i] : inclusive ? v <= bounds[i] : v < bounds[i];
            if (inBand) return i;
        }

        return BandCount - 1;
    }

    private Bilingual[] Labels { get; }
}
