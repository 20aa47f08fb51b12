using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Identity.Registration;

/// <summary>
/// An enterprise's self-registration: the account asks to act for one USCC. Until an official of the enterprise's region
/// (or an admin) approves it, the account has no enterprise role and no USCC claim.
/// </summary>
internal sealed class EnterpriseRegistration
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = string.Empty;
    public string Uscc { get; set; } = string.Empty;

    /// <summary>The registration authority's division (USCC characters 3–8): whose officials decide.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public string EnterpriseName { get; set; } = string.Empty;

    /// <summary>The register's name for this USCC when the registration was filed (null: not in the register).</summary>
    public string? RegisterName { get; set; }

    public string ContactName { get; set; } = string.Empty;
    public string ContactPhone { get; set; } = string.Empty;
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset TermsAcceptedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? RejectionReason { get; set; }
}

internal enum RegistrationStatus
{
    [Label("待审核", "Awaiting approval")] Pending,
    [Label("已通过", "Approved")] Approved,
    [Label("已驳回", "Rejected")] Rejected,
}
