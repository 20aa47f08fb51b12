namespace Yiwang.Arrears.Features.ReviewComplaint;

/// <param name="Decision"><c>accept</c>, <c>return</c> (with <paramref name="Note"/> saying what is missing) or <c>reject</c>.</param>
/// <param name="Reason">For <c>reject</c>: NotProcurementDebt, AlreadyBeforeOtherBody, ExcludedByLaw, RepeatedWithoutNewFacts or NoContractRelationship.</param>
internal sealed record AcceptanceDecisionRequest(string? Decision, string? Reason, string? Note, int? ExpectedVersion);
