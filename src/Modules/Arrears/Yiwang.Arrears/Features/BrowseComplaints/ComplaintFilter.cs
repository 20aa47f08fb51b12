namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <param name="Status">A status name (Submitted, Handling…), or null for all.</param>
/// <param name="Region">Accepting or handling region within the caller's scope (6 digits).</param>
/// <param name="Alert"><c>overdue</c> or <c>due-soon</c>: cases with a running clock in that state.</param>
/// <param name="Query">Case number or respondent name contains.</param>
internal sealed record ComplaintFilter(string? Status = null, string? Region = null, string? Alert = null, string? Query = null);
