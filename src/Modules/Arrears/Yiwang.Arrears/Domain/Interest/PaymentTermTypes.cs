using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>Who owes the SME (第二条: the regulation binds 机关、事业单位 and 大型企业 buying from SMEs).</summary>
internal enum RespondentType
{
    /// <summary>机关 (a government organ).</summary>
    Organ,

    /// <summary>事业单位 (a public institution).</summary>
    PublicInstitution,

    /// <summary>大型企业 (any enterprise that is not an SME at contract signing, 第三条).</summary>
    LargeEnterprise,

    /// <summary>Anyone else (e.g. another SME): the regulation sets no term, only the contract does.</summary>
    Other,
}

/// <summary>The event the payment term runs from.</summary>
internal enum TermStart
{
    /// <summary>交付 of the goods, works or services (第九条第一、二款).</summary>
    Delivery,

    /// <summary>检验或者验收合格, where the contract makes acceptance a condition of payment (第十条第一款).</summary>
    Acceptance,

    /// <summary>双方确认结算金额, for progress or periodic settlement (第九条第四款).</summary>
    SettlementConfirmed,
}

/// <param name="AgreedTermDays">The contract's term in calendar days; null when the contract sets none.</param>
/// <param name="AgreedAcceptanceDeadline">The last day the contract allows for acceptance; a later acceptance starts the term from it (第十条第二款).</param>
internal sealed record PaymentTermInput(
    RespondentType Respondent, TermStart StartsFrom, DateOnly StartDate, int? AgreedTermDays, DateOnly? AgreedAcceptanceDeadline = null);

/// <param name="RuleCode">statutoryDefault | agreedWithinCap | agreedCapped | agreedOverDefaultNeedsReview | agreedOnly.</param>
/// <param name="LastCalendarDay">The term's last day counted in calendar days, before 民法典第二百零三条 moves it off a rest day.</param>
/// <param name="DueDate">The last day of the term: interest runs from the day after.</param>
internal sealed record PaymentTerm(
    DateOnly TermStartDate,
    int TermDays,
    DateOnly LastCalendarDay,
    DateOnly DueDate,
    string RuleCode,
    bool AgreedTermCapped,
    bool NeedsReview,
    Bilingual Article,
    IReadOnlyList<Bilingual> Explanation)
{
    /// <summary>The term ends in a year whose holiday notice is not loaded; the date was judged on the law's holidays alone.</summary>
    public bool Provisional { get; init; }
}
