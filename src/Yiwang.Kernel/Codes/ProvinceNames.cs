using System.Collections.Frozen;
using System.Text.Json;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Codes;

/// <summary>
/// A region's name in the current UI language. Provinces have English names (Data/province-names-en.json); below that
/// the directory has Chinese names only, which are proper names and are shown as they are.
/// </summary>
public static class ProvinceNames
{
    private const string FileName = "province-names-en.json";

    private static readonly Lazy<FrozenDictionary<string, string>> English = new(() =>
    {
        using var stream = EmbeddedData.Open(FileName);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("names").EnumerateObject()
            .ToFrozenDictionary(p => p.Name, p => p.Value.GetString() ?? p.Name, StringComparer.Ordinal);
    });

    /// <summary>"浙江省" / "Zhejiang"; a code not in the directory shows as the code.</summary>
    public static string Of(RegionCode province) => Bilingual.IsEnglish && English.Value.TryGetValue(province.Value ?? string.Empty, out var en)
        ? en
        : RegionDirectory.Default.TryGet(province, out var info) ? info.Name : province.Value ?? string.Empty;

    /// <summary>The full name from the province down in the current language: "浙江省 杭州市 西湖区" / "Zhejiang 杭州市 西湖区".</summary>
    public static string FullName(RegionCode code)
    {
        if (code.Value is null) return string.Empty;
        if (code.Level == JurisdictionLevel.National) return Bilingual.T("全国", "National");
        var full = RegionDirectory.Default.FullName(code);
        if (!Bilingual.IsEnglish) return full;
        var province = RegionDirectory.Default.TryGet(code.Province, out var p) ? p.Name : null;
        return province is not null && full.StartsWith(province, StringComparison.Ordinal) ? Of(code.Province) + full[province.Length..] : full;
    }
}
