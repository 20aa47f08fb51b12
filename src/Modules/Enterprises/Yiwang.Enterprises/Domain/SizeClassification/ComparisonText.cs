using System.Globalization;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Shared wording of comparisons, so explanations and batch reasons read the same.</summary>
internal static class ComparisonText
{
    public static string TierZh(EnterpriseSize tier) => tier.NameZh();

    public static string TierEn(EnterpriseSize tier) => tier.Code();

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is null ? "—" : Number(value.Value);

    /// <summary>"营业收入 39999 < 40000万元" / "revenue 39999 < 40000 (10k yuan)".</summary>
    public static (string Zh, string En) Compare(SizeIndicator indicator, decimal value, decimal bound, bool spaced = true)
    {
        var op = value < bound ? "<" : "≥";
        var sp = spaced ? " " : string.Empty;
        return ($"{indicator.NameZh()}{sp}{Number(value)}{sp}{op}{sp}{Number(bound)}{(indicator.UnitZh() == "万元" ? "万元" : string.Empty)}",
            $"{indicator.NameEn()}{sp}{Number(value)}{sp}{op}{sp}{Number(bound)}{indicator.UnitEn()}");
    }

    public static (string Zh, string En) Bound(SizeIndicator indicator, decimal bound, string op)
        => ($"{indicator.NameZh()}{op}{Number(bound)}{(indicator.UnitZh() == "万元" ? "万元" : string.Empty)}",
            $"{indicator.NameEn()}{op}{Number(bound)}{indicator.UnitEn()}");

    public static IEnumerable<SizeIndicator> In(SizeIndicator flags) => SizeIndicatorText.All.Where(i => (flags & i) != 0);

    public static (string Zh, string En) Names(SizeIndicator flags) =>
        (string.Join("、", In(flags).Select(i => i.NameZh())), string.Join(", ", In(flags).Select(i => i.NameEn())));
}
