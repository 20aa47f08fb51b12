using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yiwang.Arrears.Domain.Interest;

namespace Yiwang.Arrears.Tests.Domain;

public sealed class LateInterestPropertyTests
{
    private static readonly DateOnly Due = new(2025, 3, 31);

    /// <summary>
    /// Principals from 0.01 yuan to about 21 billion, payment dates a month early to two years late, no agreed rate or one of
    /// 0.01 %–20 % (some below the 3.45 % floor of the 2024-06-01 signing date), either day count, up to three partial payments.
    /// </summary>
    private static readonly Gen<LateInterestInput> Inputs =
        from principalFen in Gen.Choose(1, int.MaxValue)
        from scale in Gen.Elements(1m, 10m, 1_000m)
        from paidOffset in Gen.Choose(-30, 800)
        from rateBp in Gen.Choose(0, 2000)
        from actual360 in Gen.Elements(false, true)
        from payments in Gen.ArrayOf(Gen.Choose(-30, 800).Zip(Gen.Choose(1, 30)), 3)
        let principal = principalFen * scale / 100m
        let paid = Due.AddDays(paidOffset)
        select new LateInterestInput(principal, Due, paid,
            rateBp == 0 ? null : rateBp / 10_000m,
            rateBp == 0 ? null : new DateOnly(2024, 6, 1),
            // Each payment is at most 30 % of the principal and on or before the paid date, so together they stay valid.
            [.. payments.Where(p => Due.AddDays(p.Item1) <= paid).Select(p => new PartialPayment(Due.AddDays(p.Item1), Math.Max(0.01m, Math.Round(principal * p.Item2 / 100m, 2))))
                .Where(p => p.AmountYuan * 3 <= principal)],
            actual360 ? DayCount.Actual360 : DayCount.Actual365);

    private static readonly Arbitrary<(LateInterestInput Input, int Extra)> WithExtra =
        Inputs.Zip(Gen.Choose(0, 400)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Interest_never_falls_when_payment_comes_later() => Prop.ForAll(WithExtra, c =>
    {
        var a = LateInterestCalculator.Calculate(c.Input);
        var b = LateInterestCalculator.Calculate(c.Input with { PaidDate = c.Input.PaidDate.AddDays(c.Extra) });
        return b.InterestYuan >= a.InterestYuan && b.OverdueDays - a.OverdueDays <= c.Extra;
    });

    [Property(MaxTest = 300)]
    public Property Interest_never_falls_when_the_principal_grows() => Prop.ForAll(WithExtra, c =>
    {
        var larger = c.Input with { PrincipalYuan = c.Input.PrincipalYuan + c.Extra * 1_000m };
        return LateInterestCalculator.Calculate(larger).InterestYuan >= LateInterestCalculator.Calculate(c.Input).InterestYuan;
    });

    [Property(MaxTest = 300)]
    public Property The_total_is_the_sum_of_the_periods_which_fit_inside_the_overdue_days() => Prop.ForAll(Inputs.ToArbitrary(), input =>
    {
        var r = LateInterestCalculator.Calculate(input);
        return r.InterestYuan == r.Periods.Sum(p => p.InterestYuan)
            && r.Periods.Sum(p => p.Days) <= r.OverdueDays
            && r.Periods.All(p => p.From > input.DueDate && p.To <= input.PaidDate && p.InterestYuan == Math.Round(p.InterestYuan, 2));
    });
}
