using Yiwang.Arrears.Domain.Interest;

namespace Yiwang.Arrears.Tests.Domain;

public sealed class LateInterestCalculatorTests
{
    private static readonly DateOnly Due = new(2025, 3, 31);

    private static LateInterestResult Calc(decimal principal, string due, string paid, decimal? rate = null, string? signed = null,
        DayCount dayCount = DayCount.Actual365, params PartialPayment[] payments) =>
        LateInterestCalculator.Calculate(new LateInterestInput(principal, DateOnly.Parse(due), DateOnly.Parse(paid), rate,
            signed is null ? null : DateOnly.Parse(signed), payments, dayCount));

    [Fact]
    public void No_agreed_rate_uses_five_per_ten_thousand_a_day()
    {
        // 30 days × 0.0005 × 1,000,000 = 15,000.00
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30");
        Assert.Equal(30, r.OverdueDays);
        Assert.Equal(15_000.00m, r.InterestYuan);
        Assert.Equal(InterestRuleKind.StatutoryDaily, r.Rule.Kind);
        Assert.Equal(0.0005m, r.Rule.DailyRate);
        var period = Assert.Single(r.Periods);
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), 30), (period.From, period.To, period.Days));
        Assert.Contains("第十七条", r.Rule.Article.Zh, StringComparison.Ordinal);
        Assert.Contains(r.Explanation, l => l.Zh.Contains("万分之五", StringComparison.Ordinal));
        Assert.Contains(r.Explanation, l => l.En.Contains("Simple interest", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agreed_rate_below_the_lpr_at_signing_is_raised_to_the_floor()
    {
        // Signed 2024-06-01: the 2024-05-20 fixing, 3.45 %. 1,000,000 × 0.0345 × 30 / 365 = 2,835.6164… → 2,835.62
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30", 0.03m, "2024-06-01");
        Assert.Equal(InterestRuleKind.AgreedRaisedToFloor, r.Rule.Kind);
        Assert.Equal(0.0345m, r.Rule.AnnualRate);
        Assert.Equal(0.03m, r.Rule.AgreedAnnualRate);
        Assert.Equal(new LprFixing(new DateOnly(2024, 5, 20), 0.0345m), r.Rule.Floor);
        Assert.Equal(2_835.62m, r.InterestYuan);
        Assert.Contains(r.Explanation, l => l.Zh.Contains("约定年利率3%低于下限", StringComparison.Ordinal)
            && l.Zh.Contains("3.45%", StringComparison.Ordinal) && l.Zh.Contains("2024-05-20", StringComparison.Ordinal));
        Assert.Contains(r.Explanation, l => l.En.Contains("actual/365", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agreed_rate_above_the_floor_applies_as_agreed()
    {
        // 1,000,000 × 0.05 × 30 / 365 = 4,109.589… → 4,109.59
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30", 0.05m, "2024-06-01");
        Assert.Equal(InterestRuleKind.Agreed, r.Rule.Kind);
        Assert.Equal(4_109.59m, r.InterestYuan);
    }

    [Fact]
    public void Actual_360_divides_the_annual_rate_by_360()
    {
        // 1,000,000 × 0.0345 × 30 / 360 = 2,875.00
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30", 0.0345m, "2024-06-01", DayCount.Actual360);
        Assert.Equal(2_875.00m, r.InterestYuan);
        Assert.Equal(DayCount.Actual360, r.DayCount);
    }

    [Theory]
    [InlineData("2025-03-31", 0, "0")]       // paid on the due date
    [InlineData("2025-03-15", 0, "0")]       // paid early: not an error, no interest
    [InlineData("2025-04-01", 1, "500.00")]  // the day after: one day
    public void Boundaries_around_the_due_date(string paid, int days, string interest)
    {
        var r = Calc(1_000_000m, "2025-03-31", paid);
        Assert.Equal(days, r.OverdueDays);
        Assert.Equal(decimal.Parse(interest), r.InterestYuan);
        Assert.Equal(days == 0 ? 0 : 1, r.Periods.Count);
    }

    [Fact]
    public void Leap_day_is_a_day_of_interest()
    {
        var r = Calc(1_000_000m, "2024-02-28", "2024-03-01");
        Assert.Equal(2, r.OverdueDays);
        Assert.Equal(1_000.00m, r.InterestYuan);
    }

    [Fact]
    public void A_leap_year_at_actual_365_gives_366_days_of_the_annual_rate_over_365()
    {
        // Signed 2023-06-01: the 2023-05-22 fixing, 3.65 %; agreeing exactly the floor is allowed.
        // 100,000 × 0.0365 × 366 / 365 = 3,660.00
        var r = Calc(100_000m, "2023-12-31", "2024-12-31", 0.0365m, "2023-06-01");
        Assert.Equal(366, r.OverdueDays);
        Assert.Equal(InterestRuleKind.Agreed, r.Rule.Kind);
        Assert.Equal(3_660.00m, r.InterestYuan);
    }

    [Theory]
    [InlineData("2024-07-22", false, "0.034")] // fixing day: 3.35 %, and 3.40 % is above it
    [InlineData("2024-07-21", true, "0.0345")] // the day before: still 3.45 %
    public void The_floor_follows_the_lpr_change_point(string signedOn, bool raised, string applied)
    {
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30", 0.034m, signedOn);
        Assert.Equal(raised ? InterestRuleKind.AgreedRaisedToFloor : InterestRuleKind.Agreed, r.Rule.Kind);
        Assert.Equal(decimal.Parse(applied), r.Rule.AnnualRate);
    }

    [Fact]
    public void A_partial_payment_reduces_the_principal_from_the_next_day()
    {
        // 04-01..04-10 on 1,000,000: 10 × 500 = 5,000.00; 04-11..04-30 on 600,000: 20 × 300 = 6,000.00
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30", payments: new PartialPayment(new DateOnly(2025, 4, 10), 400_000m));
        Assert.Equal(30, r.OverdueDays);
        Assert.Collection(r.Periods,
            p => Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 10), 10, 1_000_000m, 5_000.00m), (p.From, p.To, p.Days, p.PrincipalYuan, p.InterestYuan)),
            p => Assert.Equal((new DateOnly(2025, 4, 11), new DateOnly(2025, 4, 30), 20, 600_000m, 6_000.00m), (p.From, p.To, p.Days, p.PrincipalYuan, p.InterestYuan)));
        Assert.Equal(11_000.00m, r.InterestYuan);
        Assert.Contains(r.Explanation, l => l.Zh.Contains("第五百六十一条", StringComparison.Ordinal));
    }

    [Fact]
    public void Payments_before_the_term_ends_lower_the_principal_and_payments_on_the_paid_date_change_nothing()
    {
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30",
            payments: [new PartialPayment(new DateOnly(2025, 3, 20), 100_000m), new PartialPayment(new DateOnly(2025, 3, 31), 100_000m),
                new PartialPayment(new DateOnly(2025, 4, 30), 500_000m)]);
        var period = Assert.Single(r.Periods);
        Assert.Equal(800_000m, period.PrincipalYuan);
        Assert.Equal(12_000.00m, r.InterestYuan);
    }

    [Fact]
    public void Payments_on_one_day_add_up_and_a_cleared_principal_stops_the_interest()
    {
        var r = Calc(1_000_000m, "2025-03-31", "2025-04-30",
            payments: [new PartialPayment(new DateOnly(2025, 4, 2), 600_000m), new PartialPayment(new DateOnly(2025, 4, 2), 400_000m)]);
        var period = Assert.Single(r.Periods);
        Assert.Equal((2, 1_000.00m), (period.Days, period.InterestYuan));
        Assert.Equal(30, r.OverdueDays);
    }

    [Fact]
    public void Each_period_rounds_half_up_to_the_fen()
    {
        // 10 yuan × 0.0005 = 0.005 → 0.01 (banker's rounding would give 0.00)
        Assert.Equal(0.01m, Calc(10m, "2025-03-31", "2025-04-01").InterestYuan);
    }

    [Fact]
    public void A_due_date_before_the_regulation_took_effect_is_noted()
    {
        var r = Calc(1_000m, "2020-06-30", "2020-12-31");
        Assert.Contains(r.Explanation, l => l.Zh.Contains("2020-09-01", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signing_date_past_the_lpr_data_is_flagged()
    {
        var r = Calc(1_000m, "2026-12-31", "2027-01-31", 0.04m, "2026-10-15");
        Assert.True(r.Rule.FloorMayBeStale);
        Assert.Contains(r.Explanation, l => l.Zh.Contains("2026-09-19", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_input_throws_from_the_calculator() =>
        Assert.Throws<ArgumentException>(() => Calc(0m, "2025-03-31", "2025-04-30"));
}
