using Yiwang.Arrears.Features.CalculatePaymentDueDate;

namespace Yiwang.Arrears.Tests.Features;

public sealed class PaymentDueDateHandlerTests
{
    [Fact]
    public void An_organ_agreeing_90_days_gets_60_and_the_flag()
    {
        var outcome = PaymentDueDateHandler.Handle(new PaymentDueDateRequest("organ", "delivery", new DateOnly(2025, 3, 1), 90, null));
        var r = Assert.IsType<PaymentDueDateResponse>(outcome.Response);
        Assert.Equal((new DateOnly(2025, 4, 30), new DateOnly(2025, 5, 1), 60, true, "agreedCapped"), (r.DueDate, r.InterestStartsOn, r.TermDays, r.AgreedTermCapped, r.Rule));
    }

    [Fact]
    public void Chinese_names_are_accepted_and_a_moved_end_is_reported()
    {
        var r = PaymentDueDateHandler.Handle(new PaymentDueDateRequest("事业单位", "交付", new DateOnly(2025, 9, 26), null, null)).Response!;
        Assert.Equal((new DateOnly(2025, 10, 26), new DateOnly(2025, 10, 27), true), (r.LastCalendarDay, r.DueDate, r.MovedOffRestDay));
    }

    [Fact]
    public void Unknown_values_and_a_missing_start_date_are_field_errors()
    {
        var outcome = PaymentDueDateHandler.Handle(new PaymentDueDateRequest("bank", "invoice", null, null, null));
        Assert.Null(outcome.Response);
        Assert.Equal(["respondentType", "startDate", "termStartsFrom"], outcome.Errors.Keys.Order());
    }

    [Fact]
    public void A_year_the_work_calendar_lacks_is_not_computable()
    {
        var outcome = PaymentDueDateHandler.Handle(new PaymentDueDateRequest("organ", null, new DateOnly(2023, 3, 1), null, null));
        Assert.Null(outcome.Response);
        Assert.Contains("2023", outcome.NotComputable!.Value.En, StringComparison.Ordinal);
    }
}
