namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>
/// What a complainant enters. Codes and choices travel as text so a wrong value gets a field error naming the
/// allowed ones rather than a generic deserialisation failure.
/// </summary>
internal sealed record ComplaintDraftRequest
{
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public RespondentInput? Respondent { get; init; }
    public IReadOnlyList<ContractInput>? Contracts { get; init; }
    public decimal? AmountOwedYuan { get; init; }
    public decimal? PaymentsReceivedYuan { get; init; }

    /// <summary><c>None</c>, <c>Court</c>, <c>Arbitration</c>, <c>OtherAuthority</c> or <c>Mediation</c>.</summary>
    public string? PriorProceedings { get; init; }
    public string? Description { get; init; }

    /// <summary>第二十条: ask that the respondent is not told who complained.</summary>
    public bool WithholdIdentity { get; init; }

    /// <summary>The case version the caller saw, for updates; a different current version answers 409.</summary>
    public int? ExpectedVersion { get; init; }
}

/// <param name="Type"><c>GovernmentBody</c>, <c>PublicInstitution</c>, <c>StateOwnedEnterprise</c>, <c>LargeEnterprise</c> or <c>Other</c>.</param>
/// <param name="Central">A central government body or central SOE (routed to the national level).</param>
internal sealed record RespondentInput(string? Name, string? Uscc, string? Type, string? Region, bool Central);

/// <param name="AgreedAnnualRate">Agreed late-interest rate as a fraction (0.04 = 4 %), or null when none was agreed.</param>
internal sealed record ContractInput(string? Number, DateOnly? SignedOn, decimal? AmountYuan, DateOnly? DeliveredOn, DateOnly? AcceptedOn,
    int? AgreedTermDays, decimal? AgreedAnnualRate);
