using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Size tiers in ascending order, so comparisons (&lt;, &gt;) mean "smaller" and "larger".</summary>
internal enum EnterpriseSize : byte
{
    [Label("微型", "Micro")]
    Micro = 0,

    [Label("小型", "Small")]
    Small = 1,

    [Label("中型", "Medium")]
    Medium = 2,

    [Label("大型", "Large")]
    Large = 3,
}

internal static class EnterpriseSizeText
{
    /// <summary>The stored and API form (<c>large|medium|small|micro</c>); never shown to people.</summary>
    public static string Code(this EnterpriseSize size) => size switch
    {
        EnterpriseSize.Micro => "micro",
        EnterpriseSize.Small => "small",
        EnterpriseSize.Medium => "medium",
        _ => "large",
    };

    public static string NameZh(this EnterpriseSize size) => Labels.Of(size).Zh;

    /// <summary>"小型企业" / "small enterprise": the size as a noun in a sentence.</summary>
    public static Bilingual Noun(this EnterpriseSize size) => size switch
    {
        EnterpriseSize.Micro => new("微型企业", "micro enterprise"),
        EnterpriseSize.Small => new("小型企业", "small enterprise"),
        EnterpriseSize.Medium => new("中型企业", "medium-sized enterprise"),
        _ => new("大型企业", "large enterprise"),
    };

    /// <summary>The label of a stored size code; "不在划型范围" for null (the rule set does not cover the industry).</summary>
    public static Bilingual LabelOf(string? code) =>
        TryParse(code, out var size) ? Labels.Of(size) : new Bilingual("不在划型范围", "Not covered");

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
