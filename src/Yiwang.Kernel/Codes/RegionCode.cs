using System.Diagnostics.CodeAnalysis;

namespace Yiwang.Kernel.Codes;

/// <summary>GB/T 2260 six-digit administrative division code: 2 digits province, 2 city, 2 county.</summary>
public readonly record struct RegionCode
{
    public string Value { get; }

    private RegionCode(string value) => Value = value;

    public static RegionCode National { get; } = new("000000");

    public static RegionCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new CodeFormatException(error);

    public static bool TryParse(string? text, out RegionCode code, [NotNullWhen(false)] out CodeError? error)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            code = default;
            error = new CodeError("region.format", $"行政区划代码“{text}”应为6位数字",
                $"Region code '{text}' must be 6 digits (GB/T 2260)");
            return false;
        }

        // GB/T 2260: province digits run from 11 upwards, and prefecture digits "00" occur only on a province's own row,
        // so "001234" or "110001" would make Province/City point at codes that cannot exist.
        if (value != "000000" && (value.StartsWith("00", StringComparison.Ordinal) || (value[2..4] == "00" && value[4..] != "00")))
        {
            code = default;
            error = new CodeError("region.structure", $"行政区划代码“{text}”的结构不符合GB/T 2260",
                $"Region code '{text}' does not have the GB/T 2260 structure (province, prefecture, county digits)");
            return false;
        }

        code = new RegionCode(value);
        error = null;
        return true;
    }

    public JurisdictionLevel Level => Value switch
    {
        "000000" => JurisdictionLevel.National,
        _ when Value.EndsWith("0000", StringComparison.Ordinal) => JurisdictionLevel.Province,
        _ when Value.EndsWith("00", StringComparison.Ordinal) => JurisdictionLevel.City,
        _ => JurisdictionLevel.County,
    };

    public RegionCode Province => new(Value[..2] + "0000");

    public RegionCode City => Level is JurisdictionLevel.Province or JurisdictionLevel.National ? this : new(Value[..4] + "00");

    /// <summary>The code prefix that every division inside this one starts with ("" for national).</summary>
    public string ScopePrefix => Level switch
    {
        JurisdictionLevel.National => string.Empty,
        JurisdictionLevel.Province => Value[..2],
        JurisdictionLevel.City => Value[..4],
        _ => Value,
    };

    public bool IsWithin(RegionCode jurisdiction) => Value.StartsWith(jurisdiction.ScopePrefix, StringComparison.Ordinal);

    public override string ToString() => Value;
}

public enum JurisdictionLevel { County, City, Province, National }
