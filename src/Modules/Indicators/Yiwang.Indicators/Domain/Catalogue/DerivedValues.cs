namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>A value computed from an indicator's formula, next to the reported value for the same period if there is one.</summary>
internal sealed record DerivedValue(Period Period, decimal Value, decimal? Reported);

internal static class DerivedValues
{
    /// <summary>Evaluates the formula wherever both inputs have a value; rounded to two decimals, like the published shares.</summary>
    public static IReadOnlyList<DerivedValue> Compute(IndicatorCatalogue catalogue, Indicator indicator, string region) =>
        indicator.Formula is not { } formula ? [] : Compute(catalogue.Series(formula.Numerator, region),
            catalogue.Series(formula.Denominator, region), catalogue.Series(indicator.Code, region));

    /// <summary>The same over series read from the database: the values follow every correction of an input.</summary>
    public static IReadOnlyList<DerivedValue> Compute(IReadOnlyList<Observation> numerator, IReadOnlyList<Observation> denominator, IReadOnlyList<Observation> reportedSeries)
    {
        var denominators = denominator.ToDictionary(o => o.Period, o => o.Value);
        var reported = reportedSeries.ToDictionary(o => o.Period, o => o.Value);
        return [.. numerator
            .Where(n => denominators.TryGetValue(n.Period, out var d) && d != 0)
            .Select(n => new DerivedValue(n.Period, Math.Round(n.Value / denominators[n.Period] * 100, 2),
                reported.TryGetValue(n.Period, out var r) ? r : null))];
    }
}
