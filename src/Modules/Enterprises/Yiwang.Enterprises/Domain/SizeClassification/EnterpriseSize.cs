namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Size tiers in ascending order, so comparisons (&lt;, &gt;) mean "smaller" and "larger".</summary>
internal enum EnterpriseSize : byte
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
}

internal static class EnterpriseSizeText
{
    public static string Code(this EnterpriseSize size) => size switch
    {
        EnterpriseSize.Micro => "micro",
        EnterpriseSize.Small => "small",
        EnterpriseSize.Medium => "medium",
        _ => "large",
    };

    public static string NameZh(this EnterpriseSize size) => size switch
    {
        EnterpriseSize.Micro => "微型",
        EnterpriseSize.Small => "小型",
        EnterpriseSize.Medium => "中型",
        _ => "大型",
    };

    public static bool TryParse(string? code, out EnterpriseSize size)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "MICRO": size = EnterpriseSize.Micro; return true;
            case "SMALL": size = EnterpriseSize.Small; return true;
            case "MEDIUM": size = EnterpriseSize.Medium; return true;
            case "LARGE": size = EnterpriseSize.Large; return true;
            default: size = default; return false;
        }
    }
}
