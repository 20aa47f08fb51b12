using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// A command that the case's state or the regulation does not allow (answered 409 with this message), e.g. accepting
/// a case twice or extending handling beyond 90 days.
/// </summary>
internal sealed class ComplaintRuleException(Bilingual why, int status = 409) : InvalidOperationException(why.En)
{
    public Bilingual Why { get; } = why;

    /// <summary>409 when the case's state forbids it, 422 when the regulation does (e.g. the 90-day cap).</summary>
    public int Status { get; } = status;
}
