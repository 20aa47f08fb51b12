using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Ui;

/// <summary>What <see cref="SizeVerdict"/> shows of a classification, in the current language.</summary>
internal sealed record SizeVerdictOf(string? Size, bool IsSme, string? RowName, string RuleSetName, IReadOnlyList<string> Explanation)
{
    public static SizeVerdictOf From(SizeClassification result, SizeRuleSet set) => new(
        result.Size?.Code(), result.IsSme, result.Row is { } row ? Bilingual.T(row.NameZh, row.NameEn) : null, Bilingual.T(set.NameZh, set.NameEn),
        [.. result.Explanation.Select(l => l.Text(Bilingual.IsEnglish))]);
}
