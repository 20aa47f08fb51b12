namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>A value computed from an indicator's formula, next to the reported value for the same period if there is one.</summary>
internal sealed record DerivedValue(Period Period, decimal Value, decimal? Reported);

internal static class DerivedValues
{
    /// <summary>Evaluates the formula wherever both inputs have a value; rounded to two decimals, like the published shares.</summary>
    public static IReadOnlyList<DerivedValue> Compute(IndicatorCatalogue catalogue, Indicator indicator, string region) =>
        indicator.Formula is not { } formula ? [] : Compute(formula, catalogue.Series(formula.Numerator, region),
            catalogue.Series(formula.Denominator, region), catalogue.Series(indicator.Code, region));

    /// <summary>The same over series read from the database: the values follow every correction of an input.</summary>
    /// <remarks>Only values of the same month are combined: a year-end population is not stretched over the next year's months.</remarks>
    public static IReadOnlyList<DerivedValue> Compute(IndicatorFormula formula, IReadOnlyList<Observation> numerator, IReadOnlyList<Observation> denominator,
        IReadOnlyList<Observation> reportedSeries)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var denominators = denominator.ToDictionary(o => o.Period, o => o.Value);
        // Values computed earlier by the formula are not "reported": the check column compares with published figures only.
        var reported = reportedSeries.Where(o => o.Status != ObservationStatus.Derived || o.Source != FormulaSource)
            .ToDictionary(o => o.Period, o => o.Value);
        return [.. numerator
            .Where(n => denominators.TryGetValue(n.Period, out var d) && d != 0)
            .Select(n => new DerivedValue(n.Period, Math.Round(n.Value / denominators[n.Period] * formula.Factor, 2),
                reported.TryGetValue(n.Period, out var r) ? r : null))];
    }

    /// <summary>The source recorded on values that <see cref="Data.DerivedRecompute"/> wrote.</summary>
    public const string FormulaSource = "formula";
}
