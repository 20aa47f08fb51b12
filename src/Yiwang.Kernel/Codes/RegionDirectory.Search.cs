using System.Text.RegularExpressions;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Codes;

/// <summary>Finding divisions by what people type: a name ("西湖区", "杭州市西湖区"), a code, or a picker's "name · code".</summary>
public sealed partial class RegionDirectory
{
    /// <summary>"浙江省 杭州市 西湖区 · 330106": the text a region picker shows and takes back.</summary>
    public string Describe(RegionCode code) =>
        code.Value is null ? string.Empty : code.Level == JurisdictionLevel.National ? Bilingual.T("全国", "National") : $"{FullName(code)} · {code.Value}";

    /// <summary>Up to <paramref name="limit"/> divisions within <paramref name="within"/> whose code starts with, or whose full name contains, the query; higher levels first.</summary>
    public IReadOnlyList<RegionInfo> Search(string? query, RegionCode? within = null, int limit = 20)
    {
        var q = Normalize(query);
        return InScope(within)
            .Where(r => q.Length == 0 || r.Code.Value.StartsWith(q, StringComparison.Ordinal) || Compact(r.Code).Contains(q, StringComparison.Ordinal))
            .OrderByDescending(r => r.Level).ThenBy(r => r.Code.Value, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 200))
            .ToList();
    }

    private IEnumerable<RegionInfo> InScope(RegionCode? within)
    {
        var scope = within is { } w && w.Level != JurisdictionLevel.National ? w.ScopePrefix : string.Empty;
        return byCode.Values.Where(r => r.Code.Value.StartsWith(scope, StringComparison.Ordinal));
    }

    /// <summary>
    /// The division a picker's text means. A six-digit code anywhere in the text decides; otherwise the name must match one
    /// division's name or the end of its full name ("西湖区" is two: 杭州 and 南昌, so both are offered).
    /// </summary>
    public CodeLookup<RegionCode> Resolve(string? text, RegionCode? within = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return CodeLookup.Empty<RegionCode>();
        var codes = SixDigits().Matches(text);
        if (codes.Count > 0)
        {
            var code = codes[^1].Value;
            if (!RegionCode.TryParse(code, out var parsed, out var error)) return CodeLookup.Failed<RegionCode>(new(error.MessageZh, error.MessageEn));
            if (parsed.Level != JurisdictionLevel.National && !byCode.ContainsKey(code))
                return CodeLookup.Failed<RegionCode>(new($"没有代码为 {code} 的现行行政区划", $"No current division has the code {code}"));
            if (within is { } scope && !parsed.IsWithin(scope))
                return CodeLookup.Failed<RegionCode>(new($"{FullName(parsed)} 不在 {FullName(scope)} 范围内", $"{FullName(parsed)} is outside {FullName(scope)}"));
            return CodeLookup.Found(parsed);
        }

        var name = Normalize(text);
        var matches = InScope(within)
            .Where(r => EndsWithWholeNames(r.Code, name))
            .OrderBy(r => r.Code.Value, StringComparer.Ordinal)
            .ToList();
        return matches.Count switch
        {
            1 => CodeLookup.Found(matches[0].Code),
            0 => CodeLookup.Failed<RegionCode>(new($"找不到名为“{text.Trim()}”的行政区划，请从列表中选择", $"No division is called '{text.Trim()}'; pick one from the list")),
            _ => CodeLookup.Failed<RegionCode>(
                new($"“{text.Trim()}”有 {matches.Count} 处，请选择其一", $"'{text.Trim()}' matches {matches.Count} divisions; pick one"),
                matches.Take(10).Select(r => Describe(r.Code)).ToList()),
        };
    }

    /// <summary>"杭州市西湖区" and "西湖区" name 浙江省 杭州市 西湖区; "西湖区" does not name 东西湖区 (whole names only).</summary>
    private bool EndsWithWholeNames(RegionCode code, string name)
    {
        var parts = FullName(code).Split(' ');
        for (var k = 1; k <= parts.Length; k++)
            if (string.Concat(parts[^k..]) == name) return true;
        return false;
    }

    private string Compact(RegionCode code) => FullName(code).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string Normalize(string? text) =>
        (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("·", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
