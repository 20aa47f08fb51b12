using Yiwang.Reviews.Filings;
using Yiwang.Reviews.Tests.Infrastructure;

namespace Yiwang.Reviews.Tests.Filings;

/// <summary>
/// Stage clocks on the work calendar around the 2026 国庆/中秋 holidays (10-01..07 off, Sun 09-20 and Sat 10-10 make-up
/// working days), with the clock injected: the start day is not counted, rest days are skipped or rolled over.
/// </summary>
public sealed class PeriodTests
{
    private static async Task<(ReviewServices Services, long Id)> SubmitOnAsync(DateOnly day)
    {
        var services = await ReviewServices.CreateAsync(day);
        var filed = await services.RunAsync(f => f.SubmitAsync(Toy.Chain, Toy.NewFiling(), Toy.Applicant, CancellationToken.None));
        return (services, filed.Value!.Id);
    }

    [Fact]
    public async Task Working_days_skip_the_national_day_holiday_and_count_the_make_up_saturday()
    {
        var (services, id) = await SubmitOnAsync(new DateOnly(2026, 9, 30));
        await using var _ = services;
        var f = await services.RunAsync(r => r.FindAsync(Toy.Chain, id, Toy.Admin, CancellationToken.None));
        // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班), 10-12 Mon, 10-13 Tue.
        Assert.Equal(new DateOnly(2026, 10, 13), f!.StageDueOn);
        Assert.Contains("调休上班日计入", f.StageDueRuleZh, StringComparison.Ordinal);
        Assert.Contains("County review: 5 working days", f.StageDueRuleEn, StringComparison.Ordinal);
    }

    [Theory]
    // 10 days from 09-24 end on 10-04, a holiday, so the period ends on the next working day 10-08 (民法典 第二百零三条).
    [InlineData("2026-09-24", "2026-10-08", "第二百零三条")]
    // 10 days from 09-30 end on Sat 10-10, a make-up working day (调休上班): not moved.
    [InlineData("2026-09-30", "2026-10-10", "调休上班日")]
    public async Task Calendar_days_roll_over_a_holiday_but_may_end_on_a_make_up_saturday(string recommendedOn, string due, string rule)
    {
        var (services, id) = await SubmitOnAsync(new DateOnly(2026, 9, 22));
        await using var _ = services;
        services.MoveTo(DateOnly.Parse(recommendedOn, System.Globalization.CultureInfo.InvariantCulture));
        var f = (await services.RunAsync(r => r.ActAsync(Toy.Chain, id, new ReviewRequest("county", "recommend", null, 1), Toy.County, CancellationToken.None))).Value!;
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), f.StageDueOn);
        Assert.Contains(rule, f.StageDueRuleZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_into_a_year_without_a_notice_is_provisional_and_says_so()
    {
        var (services, id) = await SubmitOnAsync(new DateOnly(2026, 12, 28));
        await using var _ = services;
        var f = await services.RunAsync(r => r.FindAsync(Toy.Chain, id, Toy.Admin, CancellationToken.None));
        Assert.Equal(new DateOnly(2027, 1, 5), f!.StageDueOn); // 12-29, 12-30, 12-31, (01-01 元旦), 01-04, 01-05
        Assert.Contains("【临时期限】", f.StageDueRuleZh, StringComparison.Ordinal);
    }
}
