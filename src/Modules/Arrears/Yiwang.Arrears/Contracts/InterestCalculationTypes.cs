using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Contracts;

/// <summary>A payment of part of the principal; it reduces the principal from the day after <paramref name="Date"/>.</summary>
public sealed record PartialPaymentRequest(DateOnly? Date, decimal? AmountYuan);

/// <summary>
/// A late-payment interest question (保障中小企业款项支付条例 第十七条). Rates are annual fractions (0.0345 = 3.45 %).
/// <paramref name="DayCount"/> is "actual/365" (default) or "actual/360".
/// </summary>
public sealed record InterestCalculationRequest(
    decimal? PrincipalYuan,
    DateOnly? DueDate,
    DateOnly? PaidDate,
    decimal? AgreedAnnualRate = null,
    DateOnly? SignedDate = null,
    IReadOnlyList<PartialPaymentRequest>? PartialPayments = null,
    string? DayCount = null);

public sealed record InterestPeriodLine(DateOnly From, DateOnly To, int Days, decimal PrincipalYuan, decimal DailyRate, decimal InterestYuan);

/// <param name="MayBeStale">The signing date is after the last day the LPR table certainly covers: check for a newer fixing.</param>
public sealed record LprFloor(decimal AnnualRate, DateOnly FixingDate, bool MayBeStale, string Source);

/// <param name="Code">statutoryDailyRate | agreedRate | agreedRateRaisedToLprFloor.</param>
/// <param name="AnnualRate">The annual rate applied; null for the statutory daily rate.</param>
/// <param name="Flagged">The agreed rate was below the LPR floor and was raised to it.</param>
public sealed record InterestRuleApplied(
    string Code, Bilingual Name, decimal DailyRate, decimal? AnnualRate, decimal? AgreedAnnualRate, LprFloor? LprFloor, bool Flagged, Bilingual Article);

/// <param name="InterestYuan">Total interest: the sum of the periods' interest, each rounded half-up to 0.01 yuan.</param>
/// <param name="DayCount">actual/365 or actual/360 (used for annual rates only).</param>
public sealed record InterestCalculationResult(
    int OverdueDays,
    decimal InterestYuan,
    decimal PrincipalYuan,
    DateOnly DueDate,
    DateOnly PaidDate,
    InterestRuleApplied Rule,
    Bilingual Article,
    string DayCount,
    string Compounding,
    string Rounding,
    IReadOnlyList<InterestPeriodLine> Periods,
    IReadOnlyList<Bilingual> Explanation);

/// <summary>Either a result or field errors (keyed by the request's JSON field names), never both.</summary>
public sealed record InterestCalculationOutcome(InterestCalculationResult? Result, IReadOnlyDictionary<string, Bilingual> Errors)
{
    public bool IsValid => Result is not null;
}
