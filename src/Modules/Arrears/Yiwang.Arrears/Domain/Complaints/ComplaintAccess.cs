using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// Who may see a case and who plays which part in it. Lists filter through <see cref="Visible"/>; which part may do what
/// and when is <see cref="ComplaintStateMachine"/>'s table, built from these.
/// </summary>
internal static class ComplaintAccess
{
    public static IQueryable<ComplaintCase> Visible(this IQueryable<ComplaintCase> cases, CallerScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsEnterprise && scope.Enterprise is { } own)
        {
            var uscc = own.Value;
            return cases.Where(c => c.ComplainantUscc == uscc);
        }
        if (scope.IsRespondent && scope.Enterprise is { } respondent)
        {
            var uscc = respondent.Value;
            return cases.Where(c => c.RespondentUscc == uscc &&
                (c.Status == ComplaintStatus.Handling || c.Status == ComplaintStatus.Resolved || c.Status == ComplaintStatus.Closed
                    || (c.Status == ComplaintStatus.Withdrawn && c.ForwardedOn != null)));
        }
        if (scope.IsOfficial && scope.RegionPrefix is { } prefix)
        {
            var notDraft = cases.Where(c => c.Status != ComplaintStatus.Draft);
            return prefix.Length == 0 ? notDraft
                : notDraft.Where(c => c.AcceptingRegion.StartsWith(prefix) || (c.HandlingRegion != null && c.HandlingRegion.StartsWith(prefix)));
        }
        if (scope.IsAdmin) return cases.Where(c => c.Status != ComplaintStatus.Draft);
        return cases.Where(_ => false);
    }

    /// <summary>
    /// The officials' branch of <see cref="Visible"/> in memory, for lists already read (same prefix test as the SQL:
    /// the accepting or the handling region starts with the officials' prefix; drafts never).
    /// </summary>
    public static bool OfficialsOfPrefixSee(string prefix, ComplaintStatus status, string acceptingRegion, string? handlingRegion) =>
        status != ComplaintStatus.Draft && (acceptingRegion.StartsWith(prefix, StringComparison.Ordinal)
            || (handlingRegion is not null && handlingRegion.StartsWith(prefix, StringComparison.Ordinal)));

    public static bool CanSee(CallerScope scope, ComplaintCase c) => scope switch
    {
        { IsEnterprise: true } => IsComplainant(scope, c),
        { IsRespondent: true } => IsRespondent(scope, c) && ReachedRespondent(c),
        { IsOfficial: true } => c.Status != ComplaintStatus.Draft && (Covers(scope, c.AcceptingRegion) || Covers(scope, c.HandlingRegion)),
        { IsAdmin: true } => c.Status != ComplaintStatus.Draft,
        _ => false,
    };

    public static bool IsComplainant(CallerScope scope, ComplaintCase c) =>
        scope.IsEnterprise && scope.Enterprise?.Value == c.ComplainantUscc;

    public static bool IsRespondent(CallerScope scope, ComplaintCase c) =>
        scope.IsRespondent && c.RespondentUscc is not null && scope.Enterprise?.Value == c.RespondentUscc;

    /// <summary>第二十四条: acceptance is decided at provincial level or above, in the accepting department's jurisdiction.</summary>
    public static bool CanReview(CallerScope scope, ComplaintCase c) =>
        scope.IsOfficial && scope.Jurisdiction is { Level: JurisdictionLevel.Province or JurisdictionLevel.National } && Covers(scope, c.AcceptingRegion);

    public static bool CanHandle(CallerScope scope, ComplaintCase c) => scope.IsOfficial && Covers(scope, c.HandlingRegion);

    /// <summary>
    /// 第二十五条第二款: an extension is approved by the head (部门负责人) of the department that handles the case — a head
    /// of exactly that jurisdiction, not an official above it nor a colleague of the department.
    /// </summary>
    public static bool HeadsHandlingDepartment(CallerScope scope, ComplaintCase c) =>
        scope.IsOfficial && scope.IsDepartmentHead && c.HandlingRegion is not null && scope.Jurisdiction?.Value == c.HandlingRegion;

    /// <summary>A respondent learns of a case once it is forwarded to the handling department (and keeps seeing it if it is withdrawn later).</summary>
    public static bool ReachedRespondent(ComplaintCase c) =>
        c.Status is ComplaintStatus.Handling or ComplaintStatus.Resolved or ComplaintStatus.Closed
        || (c.Status == ComplaintStatus.Withdrawn && c.ForwardedOn is not null);

    /// <summary>Contact details: the complainant and the officials on the case; never the respondent, never listed.</summary>
    public static bool CanSeeContact(CallerScope scope, ComplaintCase c) =>
        IsComplainant(scope, c) || (scope.IsOfficial && CanSee(scope, c));

    /// <summary>第二十条: a respondent does not learn who complained when the complainant asked for that.</summary>
    public static bool HidesComplainant(CallerScope scope, ComplaintCase c) => scope.IsRespondent && c.WithholdIdentity;

    private static bool Covers(CallerScope scope, string? region) =>
        region is not null && scope.Jurisdiction is { } j && RegionCode.TryParse(region, out var code, out _) && code.IsWithin(j);
}
