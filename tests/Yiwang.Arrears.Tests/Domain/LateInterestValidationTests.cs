using Yiwang.Arrears.Domain.Interest;

namespace Yiwang.Arrears.Tests.Domain;

public sealed class LateInterestValidationTests
{
    private static Dictionary<string, Yiwang.Kernel.Text.Bilingual> Check(decimal principal = 1_000_000m, string due = "2025-03-31", string paid = "2025-04-30",
        decimal? rate = null, string? signed = null, params PartialPayment[] payments) =>
        LateInterestValidation.Validate(new LateInterestInput(principal, DateOnly.Parse(due), DateOnly.Parse(paid), rate,
            signed is null ? null : DateOnly.Parse(signed), payments), LprTable.Default);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000000000000.01")]
    public void Zero_negative_and_absurd_principals_are_refused(string principal) =>
        Assert.True(Check(decimal.Parse(principal)).ContainsKey("principalYuan"));

    [Fact]
    public void One_trillion_yuan_is_still_accepted() => Assert.Empty(Check(1_000_000_000_000m));

    [Fact]
    public void A_payment_date_before_the_due_date_is_not_an_error() => Assert.Empty(Check(paid: "2025-03-01"));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.01")]
    [InlineData("1.0001")]
    public void Rates_at_or_below_zero_or_above_100_percent_are_refused(string rate) =>
        Assert.True(Check(rate: decimal.Parse(rate), signed: "2024-06-01").ContainsKey("agreedAnnualRate"));

    [Fact]
    public void A_rate_of_exactly_100_percent_a_year_is_allowed() => Assert.Empty(Check(rate: 1m, signed: "2024-06-01"));

    [Fact]
    public void An_agreed_rate_needs_a_signing_date()
    {
        var errors = Check(rate: 0.04m);
        Assert.Contains("第十七条", errors["signedDate"].Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_date_before_the_first_lpr_is_refused_clearly() =>
        Assert.Contains("No LPR before 2019-08-20", Check(rate: 0.04m, signed: "2019-08-19")["signedDate"].En, StringComparison.Ordinal);

    [Fact]
    public void A_signing_date_after_everything_is_refused() =>
        Assert.True(Check(rate: 0.04m, signed: "2025-05-01").ContainsKey("signedDate"));

    [Fact]
    public void Partial_payments_after_the_payment_date_are_refused()
    {
        var errors = Check(payments: new PartialPayment(new DateOnly(2025, 5, 1), 1m));
        Assert.True(errors.ContainsKey("partialPayments[0].date"));
    }

    [Fact]
    public void Partial_payments_exceeding_the_principal_are_refused()
    {
        var errors = Check(principal: 100m, payments: [new PartialPayment(new DateOnly(2025, 4, 1), 60m), new PartialPayment(new DateOnly(2025, 4, 2), 40.01m)]);
        Assert.Contains("100.01", errors["partialPayments"].Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Partial_payments_must_be_positive(string amount) =>
        Assert.True(Check(payments: new PartialPayment(new DateOnly(2025, 4, 1), decimal.Parse(amount))).ContainsKey("partialPayments[0].amountYuan"));

    [Theory]
    [InlineData("0025-03-31", "dueDate")]
    [InlineData("2125-03-31", "paidDate")]
    public void Dates_far_outside_this_century_are_typos(string date, string field) =>
        Assert.True(Check(due: field == "dueDate" ? date : "2025-03-31", paid: field == "paidDate" ? date : "2025-04-30").ContainsKey(field));
}
