using Yiwang.Arrears.Domain.Interest;

namespace Yiwang.Arrears.Tests.Domain;

public sealed class LprTableTests
{
    private static readonly LprTable Table = LprTable.Default;

    [Theory]
    [InlineData("2019-08-20", "0.0425", "2019-08-20")] // first fixing of the reformed LPR
    [InlineData("2024-06-01", "0.0345", "2024-05-20")]
    [InlineData("2024-07-21", "0.0345", "2024-06-20")] // the day before a change point keeps the old rate
    [InlineData("2024-07-22", "0.0335", "2024-07-22")] // a contract signed on a fixing day gets that fixing
    [InlineData("2025-05-20", "0.03", "2025-05-20")]
    [InlineData("2026-08-20", "0.03", "2026-08-20")]
    public void Rate_on_a_date_is_the_latest_fixing_published_on_or_before_it(string date, string rate, string fixing)
    {
        var found = Table.RateOn(DateOnly.Parse(date));
        Assert.Equal(decimal.Parse(rate), found.AnnualRate);
        Assert.Equal(DateOnly.Parse(fixing), found.PublishDate);
    }

    [Fact]
    public void A_date_before_the_first_fixing_is_a_clear_error()
    {
        var ex = Assert.Throws<LprUnavailableException>(() => Table.RateOn(new DateOnly(2019, 8, 19)));
        Assert.Contains("No LPR before 2019-08-20", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2019-08-20之前没有贷款市场报价利率", ex.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_table_carries_its_source_and_every_monthly_fixing()
    {
        Assert.StartsWith("https://github.com/Jesselili/cn-housing-prices", Table.Source, StringComparison.Ordinal);
        Assert.Equal(85, Table.Fixings.Count);
        Assert.Equal(new DateOnly(2019, 8, 20), Table.FirstFixing);
        Assert.Equal(new DateOnly(2026, 8, 20), Table.LastFixing);
    }

    [Fact]
    public void Dates_after_the_next_possible_fixing_are_flagged_as_beyond_the_data()
    {
        Assert.Equal(new DateOnly(2026, 9, 19), Table.CoveredThrough);
        Assert.False(Table.IsBeyondData(new DateOnly(2026, 9, 19)));
        Assert.True(Table.IsBeyondData(new DateOnly(2026, 9, 20)));
        Assert.Equal(0.03m, Table.RateOn(new DateOnly(2027, 1, 1)).AnnualRate);
    }

    [Theory]
    [InlineData("publish_date,lpr_1y_pct\n2019-08-20,4.25\n", "Source")]
    [InlineData("# Source: x\n2019-09-20,4.20\n2019-08-20,4.25\n", "ascend")]
    [InlineData("# Source: x\n2019-08-20,abc\n", "line 2")]
    [InlineData("# Source: x\n", "no fixings")]
    public void Malformed_tables_are_refused_with_the_line(string csv, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => LprTable.Parse(new StringReader(csv), "t.csv"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
