using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>How an annual rate becomes a daily one. The regulation is silent (arrears-regulation.md §2.9).</summary>
internal enum DayCount
{
    /// <summary>Annual rate ÷ 365 in every year, leap or not: one year of interest equals the agreed annual rate.</summary>
    Actual365,

    /// <summary>Annual rate ÷ 360, the PBOC convention for some bank loans: the effective yearly rate is 365/360 of the nominal one.</summary>
    Actual360,
}

internal enum InterestRuleKind
{
    /// <summary>No agreed rate: 每日利率万分之五 (第十七条).</summary>
    StatutoryDaily,

    /// <summary>An agreed annual rate not lower than the 1-year LPR at signing.</summary>
    Agreed,

    /// <summary>An agreed annual rate below the LPR floor: the floor applies instead.</summary>
    AgreedRaisedToFloor,
}

/// <summary>A payment of part of the principal; it reduces the principal from the day after <paramref name="Date"/>.</summary>
internal sealed record PartialPayment(DateOnly Date, decimal AmountYuan);

/// <param name="DueDate">The last day of the payment term; interest runs for each day after it.</param>
/// <param name="PaidDate">The payment date, or the valuation date for a debt still open; counted as a day of interest.</param>
/// <param name="AgreedAnnualRate">The contract's late-payment rate per year as a fraction (0.0345 = 3.45 %); null when none was agreed.</param>
/// <param name="SignedDate">Contract-signing date: picks the LPR floor for an agreed rate.</param>
internal sealed record LateInterestInput(
    decimal PrincipalYuan,
    DateOnly DueDate,
    DateOnly PaidDate,
    decimal? AgreedAnnualRate = null,
    DateOnly? SignedDate = null,
    IReadOnlyList<PartialPayment>? PartialPayments = null,
    DayCount DayCount = DayCount.Actual365);

/// <param name="AnnualRate">The annual rate applied (agreed or floor); null for the statutory daily rate.</param>
/// <param name="Floor">The 1-year LPR in force at signing, when a rate was agreed.</param>
/// <param name="FloorMayBeStale">The signing date is past the last fixing the table certainly covers.</param>
internal sealed record InterestRule(
    InterestRuleKind Kind, decimal DailyRate, decimal? AnnualRate, decimal? AgreedAnnualRate, LprFixing? Floor, bool FloorMayBeStale, Bilingual Article);

/// <summary>Days From..To (both inclusive) at one principal. <paramref name="InterestYuan"/> is rounded half-up to 0.01 yuan.</summary>
internal sealed record InterestPeriod(DateOnly From, DateOnly To, int Days, decimal PrincipalYuan, decimal DailyRate, decimal InterestYuan);

/// <param name="InterestYuan">The sum of the periods' rounded interest.</param>
internal sealed record LateInterestResult(
    int OverdueDays,
    IReadOnlyList<InterestPeriod> Periods,
    decimal InterestYuan,
    InterestRule Rule,
    DayCount DayCount,
    IReadOnlyList<Bilingual> Explanation);
