namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <summary>A list row: no personal data, masked contact; the complainant is hidden from a respondent when asked (第二十条).</summary>
internal sealed record ComplaintListItem(long Id, string? Number, string Status, string StatusText, string? ComplainantName,
    string RespondentName, string RespondentType, string AcceptingRegion, string? HandlingRegion, decimal AmountOwedYuan,
    DateOnly? SubmittedOn, DateOnly? NextDueOn, string? Alert, string ContactMasked);

/// <param name="Total">Matching cases, counted up to <see cref="BrowseComplaintsHandler.CountCap"/>.</param>
/// <param name="MoreThanTotal">More cases match than <paramref name="Total"/> says (the count stopped at the cap).</param>
internal sealed record ComplaintPage(IReadOnlyList<ComplaintListItem> Items, int Page, int PageSize, int Total, bool MoreThanTotal = false);

internal sealed record ComplaintDetail(long Id, string? Number, string Status, string StatusText, int Version,
    ComplainantView? Complainant, RespondentView Respondent, IReadOnlyList<ContractView> Contracts,
    decimal AmountOwedYuan, decimal PaymentsReceivedYuan, string PriorProceedings, string Description, bool WithholdIdentity,
    string AcceptingRegion, string? HandlingRegion, string? HandlingDepartment, string? RoutingRule,
    string? ReturnNote, string? RejectionReason, string? RejectionNote, IReadOnlyList<string> PossibleDuplicates,
    string? Outcome, decimal? RecoveredYuan, string? ResultFeedback, bool Reopened, int ExtensionDaysGranted,
    IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<EventView> Timeline, IReadOnlyList<ExtensionView> Extensions,
    IReadOnlyList<InstallmentView> Installments, IReadOnlyList<EvidenceView> Evidence, IReadOnlyList<string> SizeCheck,
    IReadOnlyList<string> AllowedActions);

/// <param name="ContactName">Masked here; the full value comes only from the audited contact endpoint.</param>
internal sealed record ComplainantView(string Uscc, string Name, string? Size, string ContactName, string ContactPhone);

internal sealed record RespondentView(string Name, string? Uscc, string Type, string TypeText, string Region, bool Central);

internal sealed record ContractView(string Number, DateOnly SignedOn, decimal AmountYuan, DateOnly? DeliveredOn, DateOnly? AcceptedOn,
    int? AgreedTermDays, decimal? AgreedAnnualRate);

/// <param name="Provisional">
/// A running clock counted through a year whose holiday notice is not loaded yet; the date is recomputed (and the change
/// logged) when the notice is loaded.
/// </param>
internal sealed record DeadlineView(string Kind, string KindText, DateOnly StartOn, int Days, string Unit, DateOnly DueOn, string Rule,
    string CalendarVersion, DateOnly? MetOn, string Alert, bool Provisional);

internal sealed record EventView(DateTimeOffset At, string ActorRole, string Action, string? Note);

internal sealed record ExtensionView(long Id, int Days, string Reason, DateTimeOffset RequestedAt, string Decision, string? DecisionNote);

/// <param name="Overdue">Not (fully) paid and its agreed day has passed: the plan is not being kept.</param>
internal sealed record InstallmentView(int Sequence, DateOnly DueOn, decimal AmountYuan, DateOnly? PaidOn, decimal? PaidYuan, bool Overdue);

internal sealed record EvidenceView(long Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

