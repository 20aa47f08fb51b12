using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Enterprises;

/// <summary>
/// Answers "is this enterprise an SME?" from the register and the size standard, with the explanation to keep as
/// evidence. Implemented by the Enterprises module; used by modules that must check it (a complainant under
/// 保障中小企业款项支付条例 第三条 must be a medium, small or micro enterprise).
/// </summary>
public interface ISmeRegister
{
    /// <returns>Null when the register has no enterprise with this code.</returns>
    Task<SmeStatus?> FindAsync(Uscc uscc, CancellationToken cancellationToken);
}

/// <param name="Size"><c>large|medium|small|micro</c>, or null when the figures could not be classified.</param>
/// <param name="Explanation">Which rule set, row and comparisons decided it, one line each.</param>
public sealed record SmeStatus(string Name, RegionCode Region, string? Size, bool IsSme, string RuleSetId, int ReportingYear,
    IReadOnlyList<Bilingual> Explanation)
{
    /// <summary>Employees on the register for <see cref="ReportingYear"/>; null when not reported. Forms pre-fill from it.</summary>
    public int? Employees { get; init; }

    /// <summary>Operating revenue (万元) on the register for <see cref="ReportingYear"/>; null when not reported.</summary>
    public decimal? RevenueTenThousandYuan { get; init; }
}
