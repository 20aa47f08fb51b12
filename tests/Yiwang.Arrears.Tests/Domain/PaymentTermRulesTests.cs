using Yiwang.Arrears.Domain.Interest;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Arrears.Tests.Domain;

public sealed class PaymentTermRulesTests
{
    private static PaymentTerm Resolve(RespondentType who, string start, int? agreed = null, TermStart from = TermStart.Delivery, string? acceptanceDeadline = null) =>
        PaymentTermRules.Resolve(new PaymentTermInput(who, from, DateOnly.Parse(start), agreed,
            acceptanceDeadline is null ? null : DateOnly.Parse(acceptanceDeadline)));

    [Fact]
    public void A_government_organ_pays_within_30_days_of_delivery_by_default()
    {
        var term = Resolve(RespondentType.Organ, "2025-03-01");
        Assert.Equal(new DateOnly(2025, 3, 31), term.DueDate);
        Assert.Equal(30, term.TermDays);
        Assert.Equal("statutoryDefault", term.RuleCode);
        Assert.Contains("第九条第一款", term.Article.Zh, StringComparison.Ordinal);
        Assert.Contains(term.Explanation, l => l.Zh.Contains("第二百零一条", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organ_agreeing_90_days_is_capped_at_60_with_an_explanation()
    {
        var term = Resolve(RespondentType.Organ, "2025-03-01", agreed: 90);
        Assert.Equal(60, term.TermDays);
        Assert.Equal(new DateOnly(2025, 4, 30), term.DueDate);
        Assert.True(term.AgreedTermCapped);
        Assert.Equal("agreedCapped", term.RuleCode);
        Assert.Contains(term.Explanation, l => l.Zh.Contains("合同约定90日", StringComparison.Ordinal) && l.Zh.Contains("按60日计算", StringComparison.Ordinal));
    }

    [Fact]
    public void A_public_institution_keeps_an_agreed_term_within_the_cap()
    {
        var term = Resolve(RespondentType.PublicInstitution, "2025-03-01", agreed: 45);
        Assert.Equal(45, term.TermDays);
        Assert.False(term.AgreedTermCapped);
        Assert.Equal("agreedWithinCap", term.RuleCode);
    }

    [Fact]
    public void A_large_enterprise_pays_within_60_days_by_default()
    {
        var term = Resolve(RespondentType.LargeEnterprise, "2025-08-01");
        Assert.Equal(new DateOnly(2025, 9, 30), term.DueDate);
        Assert.Contains("第九条第二款", term.Article.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_enterprise_term_over_60_days_is_kept_but_flagged_because_art_9_2_has_no_hard_cap()
    {
        var term = Resolve(RespondentType.LargeEnterprise, "2025-08-01", agreed: 90);
        Assert.Equal(90, term.TermDays);
        Assert.Equal(new DateOnly(2025, 10, 30), term.DueDate);
        Assert.False(term.AgreedTermCapped);
        Assert.True(term.NeedsReview);
        Assert.Equal("agreedOverDefaultNeedsReview", term.RuleCode);
    }

    [Fact]
    public void A_term_ending_on_a_sunday_moves_to_monday()
    {
        var term = Resolve(RespondentType.Organ, "2025-09-26");
        Assert.Equal(new DateOnly(2025, 10, 26), term.LastCalendarDay);
        Assert.Equal(new DateOnly(2025, 10, 27), term.DueDate);
        Assert.Contains(term.Explanation, l => l.Zh.Contains("第二百零三条", StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_ending_in_the_national_day_holiday_moves_past_it()
    {
        var term = Resolve(RespondentType.Organ, "2025-09-01");
        Assert.Equal(new DateOnly(2025, 10, 1), term.LastCalendarDay);
        Assert.Equal(new DateOnly(2025, 10, 9), term.DueDate);
    }

    [Fact]
    public void A_term_ending_on_a_make_up_working_sunday_stays()
    {
        var term = Resolve(RespondentType.Organ, "2025-08-29");
        Assert.Equal(new DateOnly(2025, 9, 28), term.DueDate);
        Assert.DoesNotContain(term.Explanation, l => l.Zh.Contains("第二百零三条", StringComparison.Ordinal));
    }

    [Fact]
    public void Delayed_acceptance_starts_the_term_at_the_agreed_acceptance_deadline()
    {
        var term = Resolve(RespondentType.Organ, "2025-03-20", from: TermStart.Acceptance, acceptanceDeadline: "2025-03-10");
        Assert.Equal(new DateOnly(2025, 3, 10), term.TermStartDate);
        Assert.Equal(new DateOnly(2025, 4, 9), term.DueDate);
        Assert.Contains(term.Explanation, l => l.Zh.Contains("第十条第二款", StringComparison.Ordinal));
    }

    [Fact]
    public void Timely_acceptance_starts_the_term_on_the_acceptance_date()
    {
        var term = Resolve(RespondentType.Organ, "2025-03-05", from: TermStart.Acceptance, acceptanceDeadline: "2025-03-10");
        Assert.Equal(new DateOnly(2025, 3, 5), term.TermStartDate);
        Assert.Contains(term.Explanation, l => l.Zh.Contains("第十条第一款", StringComparison.Ordinal));
    }

    [Fact]
    public void Settlement_terms_cite_art_9_4()
    {
        var term = Resolve(RespondentType.LargeEnterprise, "2025-03-01", from: TermStart.SettlementConfirmed);
        Assert.Contains(term.Explanation, l => l.Zh.Contains("第九条第四款", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_payers_need_an_agreed_term()
    {
        var errors = PaymentTermRules.Validate(new PaymentTermInput(RespondentType.Other, TermStart.Delivery, new DateOnly(2025, 3, 1), null));
        Assert.Contains("第二条", errors["agreedTermDays"].Zh, StringComparison.Ordinal);
        Assert.Equal("agreedOnly", Resolve(RespondentType.Other, "2025-03-01", agreed: 45).RuleCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    public void Implausible_agreed_terms_are_refused(int days)
    {
        var errors = PaymentTermRules.Validate(new PaymentTermInput(RespondentType.Organ, TermStart.Delivery, new DateOnly(2025, 3, 1), days));
        Assert.True(errors.ContainsKey("agreedTermDays"));
    }

    [Fact]
    public void A_past_year_without_a_holiday_notice_is_refused_not_guessed() =>
        Assert.Throws<CalendarNotCoveredException>(() => Resolve(RespondentType.Organ, "2023-03-01"));

    [Fact]
    public void A_term_ending_after_the_last_notice_is_answered_provisionally_on_the_laws_holidays()
    {
        // Delivered 2026-12-15 to an organ: 30 days end on Thursday 2027-01-14, an ordinary working day.
        var december = Resolve(RespondentType.Organ, "2026-12-15");
        Assert.Equal(new DateOnly(2027, 1, 14), december.DueDate);
        Assert.True(december.Provisional);
        Assert.Contains(december.Explanation, l => l.Zh.StartsWith("【临时结果】2027", StringComparison.Ordinal));

        // 30 days from 2027-01-07 end on Saturday 02-06, 正月初一; the law's Spring Festival days and the two days in
        // lieu (第六条) run to 02-10, so the term ends on Thursday 02-11.
        var springFestival = Resolve(RespondentType.Organ, "2027-01-07");
        Assert.Equal(new DateOnly(2027, 2, 11), springFestival.DueDate);
        Assert.True(springFestival.Provisional);

        var covered = Resolve(RespondentType.Organ, "2026-10-15");
        Assert.False(covered.Provisional);
        Assert.DoesNotContain(covered.Explanation, l => l.Zh.Contains("临时", StringComparison.Ordinal));
    }

    [Fact]
    public void The_calendar_can_be_replaced_for_tests()
    {
        var term = PaymentTermRules.Resolve(new PaymentTermInput(RespondentType.Organ, TermStart.Delivery, new DateOnly(2030, 1, 1), null),
            (start, days) => start.AddDays(days));
        Assert.Equal(new DateOnly(2030, 1, 31), term.DueDate);
    }
}
