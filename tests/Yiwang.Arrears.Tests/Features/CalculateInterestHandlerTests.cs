using Yiwang.Arrears.Contracts;
using Yiwang.Arrears.Features.CalculateInterest;

namespace Yiwang.Arrears.Tests.Features;

public sealed class CalculateInterestHandlerTests
{
    [Fact]
    public void Missing_fields_are_reported_by_their_json_names()
    {
        var outcome = LateInterestCalculations.Calculate(new InterestCalculationRequest(null, null, null,
            PartialPayments: [new PartialPaymentRequest(null, 5m)], DayCount: "30/360"));
        Assert.Null(outcome.Result);
        Assert.Equal(["dayCount", "dueDate", "paidDate", "partialPayments[0].date", "principalYuan"], outcome.Errors.Keys.Order());
        Assert.Contains("actual/365", outcome.Errors["dayCount"].En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_carries_the_rule_the_floor_the_article_and_both_languages()
    {
        var outcome = LateInterestCalculations.Calculate(new InterestCalculationRequest(1_000_000m, new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 30),
            0.03m, new DateOnly(2024, 6, 1), DayCount: "actual/365"));
        var r = Assert.IsType<InterestCalculationResult>(outcome.Result);
        Assert.Empty(outcome.Errors);
        Assert.Equal((30, 2_835.62m), (r.OverdueDays, r.InterestYuan));
        Assert.Equal("agreedRateRaisedToLprFloor", r.Rule.Code);
        Assert.True(r.Rule.Flagged);
        Assert.Equal(new LprFloor(0.0345m, new DateOnly(2024, 5, 20), false, r.Rule.LprFloor!.Source), r.Rule.LprFloor);
        Assert.Equal(0.000094520548m, r.Rule.DailyRate);
        Assert.Equal(("actual/365", "simple"), (r.DayCount, r.Compounding));
        Assert.Contains("第十七条", r.Article.Zh, StringComparison.Ordinal);
        Assert.Contains("art. 17", r.Article.En, StringComparison.Ordinal);
        Assert.All(r.Explanation, l => Assert.False(string.IsNullOrWhiteSpace(l.Zh) || string.IsNullOrWhiteSpace(l.En)));
    }

    [Fact]
    public void Domain_rules_surface_as_field_errors()
    {
        var outcome = LateInterestCalculations.Calculate(new InterestCalculationRequest(-1m, new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 30), 0.04m));
        Assert.Equal(["principalYuan", "signedDate"], outcome.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("0.0345", "0.0345")]
    [InlineData("3.45%", "0.0345")]
    [InlineData(" 3.45 % ", "0.0345")]
    [InlineData("3.45％", "0.0345")]
    [InlineData("18.25%", "0.1825")]
    public void Annual_rates_are_fractions_or_percentages(string text, string expected)
    {
        Assert.True(AnnualRates.TryParse(text, out var rate));
        Assert.Equal(decimal.Parse(expected), rate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("%")]
    [InlineData("3,45%")]
    public void Other_rate_texts_are_refused(string text) => Assert.False(AnnualRates.TryParse(text, out _));

    [Fact]
    public void The_page_reads_its_fields_and_marks_a_bad_partial_payment_on_the_row_it_was_typed_in()
    {
        var form = new Yiwang.Kernel.Web.Forms.FormModel()
            .Set("principal", "1,000,000").Set("due", "2025-03-31").Set("paid", "2025-04-30").Set("rate", "3.45%").Set("signed", "2024-06-01")
            .Set("payments[0].date", "2025-04-10").Set("payments[0].amountYuan", "400000")
            .Set("payments[2].date", "2025-04-x").Set("payments[2].amountYuan", "1");
        var (request, errors, rows) = InterestPageFields.Read(form);
        Assert.Equal(1_000_000m, request.PrincipalYuan);
        Assert.Equal(0.0345m, request.AgreedAnnualRate); // typed in percent, with or without the sign
        Assert.Equal(2, request.PartialPayments!.Count);
        Assert.Equal([0, 2], rows);
        Assert.Equal(["payments[2].date"], errors.Fields);
        // The handler's errors (named as the API names them) land on the page's fields.
        var mapped = InterestPageFields.ToFields(new Dictionary<string, Yiwang.Kernel.Text.Bilingual>
            { ["principalYuan"] = new("必填", "Required"), ["partialPayments[1].amountYuan"] = new("必填", "Required") }, rows);
        Assert.Equal(["principal", "payments[2].amountYuan"], mapped.Fields);
    }
}
