using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Yiwang.Kernel.Codes;

/// <summary>
/// GB/T 4754-2017 门类, 大类, 中类 and 小类 with their Chinese names, shipped in Data/industries-gbt4754-2017.json.
/// <see cref="IndustryCode"/> only checks the form of a code; this directory says whether the standard defines it.
/// </summary>
public sealed partial class IndustryDirectory
{
    internal const string FileName = "industries-gbt4754-2017.json";

    private static readonly Lazy<IndustryDirectory> Shared = new(() =>
    {
        using var stream = EmbeddedData.Open(FileName);
        return Load(stream);
    });

    private readonly FrozenDictionary<string, IndustryInfo> byCode;
    private readonly FrozenDictionary<string, IndustryInfo[]> childrenByParent;

    private IndustryDirectory(string source, string version, IReadOnlyList<IndustryInfo> industries)
    {
        Source = source;
        Version = version;
        byCode = industries.ToFrozenDictionary(i => i.Code.Value, StringComparer.Ordinal);
        childrenByParent = industries.Where(i => i.Level != IndustryLevel.Section)
            .GroupBy(i => ParentKey(i.Code), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(i => i.Code.Value, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Sections = [.. industries.Where(i => i.Level == IndustryLevel.Section).OrderBy(i => i.Code.Section)];
    }

    public static IndustryDirectory Default => Shared.Value;

    /// <summary>Where the list comes from (standard, repository, corrections), as recorded in the data file.</summary>
    public string Source { get; }

    public string Version { get; }

    public int Count => byCode.Count;

    public IReadOnlyList<IndustryInfo> Sections { get; }

    public bool TryGet(IndustryCode code, [MaybeNullWhen(false)] out IndustryInfo info)
    {
        info = null;
        return code.Digits is not null && byCode.TryGetValue(code.Value, out info);
    }

    /// <summary>The category for "C", "30", "301", "3011" or "C3011", or null when the text is not a code the standard defines.</summary>
    public IndustryInfo? Find(string? code) =>
        IndustryCode.TryParse(code, out var parsed, out _) && TryGet(parsed, out var info) ? info : null;

    public bool IsKnown(IndustryCode code) => TryGet(code, out _);

    /// <summary>Direct children: a section's divisions, a division's groups, a group's classes.</summary>
    public IReadOnlyList<IndustryInfo> ChildrenOf(IndustryCode parent) =>
        parent.Digits is not null && childrenByParent.TryGetValue(parent.Value, out var children) ? children : [];

    internal static IndustryDirectory Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var industries = new List<IndustryInfo>();
        foreach (var row in root.GetProperty("industries").EnumerateArray())
        {
            var text = row.RequiredString("code", FileName);
            if (!IndustryCode.TryParse(text, out var code, out var error) || code.Value != text)
            {
                throw new InvalidDataException($"Data/{FileName}: '{text}' is not a GB/T 4754 code ({error?.MessageEn})");
            }

            industries.Add(new IndustryInfo(code, row.RequiredString("name", FileName), row.OptionalString("nameEn"), code.Level));
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var industry in industries)
        {
            if (!known.Add(industry.Code.Value))
            {
                throw new InvalidDataException($"Data/{FileName}: code {industry.Code.Value} appears twice");
            }
        }

        var orphan = industries.FirstOrDefault(i => i.Level != IndustryLevel.Section && !known.Contains(ParentKey(i.Code)));
        if (orphan is not null)
        {
            throw new InvalidDataException($"Data/{FileName}: {orphan.Code.Value} {orphan.Name} has no parent {ParentKey(orphan.Code)}");
        }

        return new IndustryDirectory(root.RequiredString("source", FileName), root.RequiredString("version", FileName), industries);
    }

    /// <summary>"C" for division "30", "30" for group "301", "301" for class "3011".</summary>
    private static string ParentKey(IndustryCode code) =>
        code.Level == IndustryLevel.Division ? new string(code.Section, 1) : code.Digits[..^1];
}
