using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Yiwang.Kernel.Codes;

/// <summary>
/// The current GB/T 2260 divisions (民政部 county-level-and-above list) shipped in Data/regions-gbt2260.json.
/// That list has no placeholder rows (市辖区, 县, 省直辖县级行政区划), so parents are derived from the code:
/// a county hangs under its prefecture when that row exists and under its province otherwise.
/// </summary>
public sealed partial class RegionDirectory
{
    internal const string FileName = "regions-gbt2260.json";

    private static readonly Lazy<RegionDirectory> Shared = new(() =>
    {
        using var stream = EmbeddedData.Open(FileName);
        return Load(stream);
    });

    private readonly FrozenDictionary<string, RegionInfo> byCode;
    private readonly FrozenDictionary<string, RegionInfo[]> childrenByParent;

    private RegionDirectory(string source, string version, IReadOnlyList<RegionInfo> regions)
    {
        Source = source;
        Version = version;
        byCode = regions.ToFrozenDictionary(r => r.Code.Value, StringComparer.Ordinal);
        childrenByParent = regions.Where(r => r.Parent is not null)
            .GroupBy(r => r.Parent!.Value.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.Code.Value, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Provinces = [.. regions.Where(r => r.Level == JurisdictionLevel.Province).OrderBy(r => r.Code.Value, StringComparer.Ordinal)];
    }

    public static RegionDirectory Default => Shared.Value;

    /// <summary>Where the list comes from (publisher, repository, edition), as recorded in the data file.</summary>
    public string Source { get; }

    public string Version { get; }

    public int Count => byCode.Count;

    public IReadOnlyList<RegionInfo> Provinces { get; }

    public bool TryGet(RegionCode code, [MaybeNullWhen(false)] out RegionInfo info)
    {
        info = null;
        return code.Value is not null && byCode.TryGetValue(code.Value, out info);
    }

    /// <summary>The division for a six-digit code, or null when the text is not a code or the code is not current.</summary>
    public RegionInfo? Find(string? code) =>
        RegionCode.TryParse(code, out var parsed, out _) && TryGet(parsed, out var info) ? info : null;

    /// <summary>Direct children; <see cref="RegionCode.National"/> has the provinces as children.</summary>
    public IReadOnlyList<RegionInfo> ChildrenOf(RegionCode parent)
    {
        if (parent.Value is null) return [];
        if (parent.Level == JurisdictionLevel.National) return Provinces;
        return childrenByParent.TryGetValue(parent.Value, out var children) ? children : [];
    }

    /// <summary>
    /// Names from the province down, e.g. "浙江省 杭州市 西湖区". A code that is no longer current (a USCC keeps the
    /// region of its first registration) shows its known ancestors followed by the code itself: "浙江省 杭州市 330103".
    /// </summary>
    public string FullName(RegionCode code)
    {
        if (code.Value is null) return string.Empty;
        if (code.Level == JurisdictionLevel.National) return "全国";

        var names = new List<string>();
        if (TryGet(code, out var info))
        {
            for (RegionInfo? at = info; at is not null; at = at.Parent is { } parent ? byCode[parent.Value] : null)
            {
                names.Add(at.Name);
            }

            names.Reverse();
            return string.Join(' ', names);
        }

        if (code.Level != JurisdictionLevel.Province && TryGet(code.Province, out var province)) names.Add(province.Name);
        if (code.Level == JurisdictionLevel.County && TryGet(code.City, out var city)) names.Add(city.Name);
        names.Add(code.Value);
        return string.Join(' ', names);
    }

    internal static RegionDirectory Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in root.GetProperty("regions").EnumerateArray())
        {
            var text = row.RequiredString("code", FileName);
            if (!RegionCode.TryParse(text, out var code, out var error) || code.Level == JurisdictionLevel.National)
            {
                throw new InvalidDataException($"Data/{FileName}: '{text}' is not a division code ({error?.MessageEn})");
            }

            if (!names.TryAdd(code.Value, row.RequiredString("name", FileName)))
            {
                throw new InvalidDataException($"Data/{FileName}: code {text} appears twice");
            }
        }

        var regions = names.Select(pair => ToInfo(RegionCode.Parse(pair.Key), pair.Value, names)).ToList();
        return new RegionDirectory(root.RequiredString("source", FileName), root.RequiredString("version", FileName), regions);
    }

    private static RegionInfo ToInfo(RegionCode code, string name, Dictionary<string, string> names)
    {
        RegionCode? parent = code.Level switch
        {
            JurisdictionLevel.Province => null,
            JurisdictionLevel.City => code.Province,
            _ => names.ContainsKey(code.City.Value) ? code.City : code.Province,
        };
        if (parent is { } p && !names.ContainsKey(p.Value))
        {
            throw new InvalidDataException($"Data/{FileName}: {code.Value} {name} has no province row {p.Value}");
        }

        return new RegionInfo(code, name, parent, code.Level);
    }
}
