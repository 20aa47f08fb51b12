using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>How values add up over time; it decides which neighbouring values may be compared.</summary>
internal enum Accumulation
{
    /// <summary>A level at the period end (base stations, users).</summary>
    Stock,
    /// <summary>A full-period amount (a year's revenue).</summary>
    Flow,
    /// <summary>Cumulative from January, restarting every year: values of different years are not a series.</summary>
    YearToDate,
}

/// <summary>A definitional break: values before <see cref="From"/> are not comparable with values from it on.</summary>
internal sealed record ScopeChange(Period From, Bilingual Description);

/// <summary>Another indicator's values combined; only "numerator ÷ denominator × 100" exists so far.</summary>
internal sealed record IndicatorFormula(string Numerator, string Denominator)
{
    public static Bilingual Describe(Indicator numerator, Indicator denominator) => new(
        $"{numerator.Name.Zh} ÷ {denominator.Name.Zh} × 100",
        $"{numerator.Name.En} ÷ {denominator.Name.En} × 100");
}

internal sealed record Indicator(
    string Code,
    Bilingual Name,
    string Unit,
    Bilingual UnitName,
    Bilingual Definition,
    string Periodicity,
    Accumulation Accumulation,
    string Department,
    string Source,
    IReadOnlyList<ScopeChange> ScopeChanges,
    IndicatorFormula? Formula)
{
    /// <summary>The first period of the scope that <paramref name="period"/> falls in (null: since the series began).</summary>
    public Period? ScopeStart(Period period) =>
        ScopeChanges.Where(c => c.From <= period).Select(c => (Period?)c.From).DefaultIfEmpty(null).Max();
}
