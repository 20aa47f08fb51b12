using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Tests.Domain;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024-02", 2024, 2)]
    [InlineData("2025-12", 2025, 12)]
    public void Parses_year_and_month(string text, int year, int month)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(year, month), period);
        Assert.Equal(text, period.Value.ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-1")]
    [InlineData("2024/01")]
    [InlineData("2024-01-31")]
    [InlineData(null)]
    public void Rejects_anything_but_yyyy_mm(string? text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void End_date_is_the_last_day_of_the_month() => Assert.Equal(new DateOnly(2024, 2, 29), new Period(2024, 2).EndDate);

    [Fact]
    public void Months_between_periods_cross_years() => Assert.Equal(14, new Period(2023, 11).MonthsUntil(new Period(2025, 1)));
}
