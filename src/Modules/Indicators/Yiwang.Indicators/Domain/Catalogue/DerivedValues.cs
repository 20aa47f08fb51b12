namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>A value computed from an indicator's formula, next to the reported value for the same period if there is one.</summary>
internal sealed record DerivedValue(Period Period, decimal Value, decimal? Reported);

internal static class DerivedValues
{
    /// <summary>Evaluates the formula wherever both inputs have a value; rounded to two decimals, like the published shares.</summary>
    public static IReadOnlyList<DerivedValue> Compute(IndicatorCatalogue catalogue, Indicator indicator, string region)
    {
        if (indicator.Formula is not { } formula) return [];
        var denominators = catalogue.Series(formula.Denominator, region).ToDictionary(o => o.Period, o => o.Value);
        var reported = catalogue.Series(indicator.Code, region).ToDictionary(o => o.Period, o => o.Value);
        return [.. catalogue.Series(formula.Numerator, region)
            .Where(n => denominators.TryGetValue(n.Period, out var d) && d != 0)
            .Select(n => new DerivedValue(n.Period, Math.Round(n.Value / denominators[n.Period] * 100, 2),
                reported.TryGetValue(n.Period, out var r) ? r : null))];
    }
}
