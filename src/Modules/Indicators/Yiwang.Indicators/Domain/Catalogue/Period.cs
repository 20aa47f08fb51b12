using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>
/// A statistical month ("2024-11" = end of November 2024). Year-end figures are month 12: MIIT publishes stocks as at
/// month end and year-to-date flows up to month end, so one shape fits both.
/// </summary>
internal readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    /// <summary>Months since year 0; differences between two periods are whole months.</summary>
    public int Index => Year * 12 + (Month - 1);

    public DateOnly EndDate => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);

    public static Period FromIndex(int index) => new(index / 12, index % 12 + 1);

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public int MonthsUntil(Period later) => later.Index - Index;

    public static bool TryParse(string? text, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1949 || month is < 1 or > 12)
            return false;
        period = new Period(year, month);
        return true;
    }

    public int CompareTo(Period other) => Index.CompareTo(other.Index);

    public static bool operator <(Period a, Period b) => a.Index < b.Index;
    public static bool operator >(Period a, Period b) => a.Index > b.Index;
    public static bool operator <=(Period a, Period b) => a.Index <= b.Index;
    public static bool operator >=(Period a, Period b) => a.Index >= b.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
