using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.CalculatePaymentDueDate;

/// <param name="RespondentType">organ (机关) | publicInstitution (事业单位) | largeEnterprise (大型企业) | other.</param>
/// <param name="TermStartsFrom">delivery (default) | acceptance | settlementConfirmed.</param>
/// <param name="StartDate">The delivery, acceptance or settlement-confirmation date.</param>
internal sealed record PaymentDueDateRequest(
    string? RespondentType, string? TermStartsFrom, DateOnly? StartDate, int? AgreedTermDays, DateOnly? AgreedAcceptanceDeadline);

/// <param name="DueDate">The last day of the payment term; late-payment interest runs from <paramref name="InterestStartsOn"/>.</param>
/// <param name="Provisional">The term ends in a year whose holiday notice is not loaded yet; the date may still change.</param>
/// <param name="Rule">statutoryDefault | agreedWithinCap | agreedCapped | agreedOverDefaultNeedsReview | agreedOnly.</param>
internal sealed record PaymentDueDateResponse(
    DateOnly DueDate,
    DateOnly InterestStartsOn,
    DateOnly TermStartDate,
    int TermDays,
    DateOnly LastCalendarDay,
    bool MovedOffRestDay,
    string Rule,
    bool AgreedTermCapped,
    bool NeedsReview,
    Bilingual Article,
    IReadOnlyList<Bilingual> Explanation,
    bool Provisional);

/// <param name="NotComputable">The input is valid but the term cannot be computed (the work calendar lacks the year).</param>
internal sealed record PaymentDueDateOutcome(PaymentDueDateResponse? Response, IReadOnlyDictionary<string, Bilingual> Errors, Bilingual? NotComputable);
