using System.Text.RegularExpressions;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Codes;

/// <summary>Finding GB/T 4754 categories by what people type: a name ("水泥制造"), a code ("3011", "C3011"), or "name · code".</summary>
public sealed partial class IndustryDirectory
{
    /// <summary>"水泥制造 · 3011": the text an industry picker shows and takes back.</summary>
    public string Describe(IndustryCode code) =>
        code.Digits is null ? string.Empty : TryGet(code, out var info) ? $"{Bilingual.T(info.Name, info.NameEn ?? info.Name)} · {code.Value}" : code.Value;

    /// <summary>Up to <paramref name="limit"/> categories whose code starts with, or whose name contains, the query; classes (小类) last.</summary>
    public IReadOnlyList<IndustryInfo> Search(string? query, IndustryLevel? level = null, int limit = 20)
    {
        var q = (query ?? string.Empty).Trim();
        var digits = q.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T');
        return byCode.Values
            .Where(i => level is null || i.Level == level)
            .Where(i => q.Length == 0 || (digits.Length > 0 && i.Code.Digits.StartsWith(digits, StringComparison.Ordinal))
                        || i.Name.Contains(q, StringComparison.Ordinal) || (i.NameEn?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(i => i.Level).ThenBy(i => i.Code.Value, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 200))
            .ToList();
    }

    /// <summary>The category a picker's text means: a code in it decides, else an exact name.</summary>
    public CodeLookup<IndustryCode> Resolve(string? text, IndustryLevel? level = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return CodeLookup.Empty<IndustryCode>();
        var codes = CodeToken().Matches(text);
        if (codes.Count > 0)
        {
            var token = codes[^1].Value;
            if (!IndustryCode.TryParse(token, out var code, out var error)) return CodeLookup.Failed<IndustryCode>(new(error.MessageZh, error.MessageEn));
            if (!IsKnown(code)) return CodeLookup.Failed<IndustryCode>(new($"GB/T 4754-2017 中没有代码 {token}", $"GB/T 4754-2017 has no code {token}"));
            if (level is { } l && code.Level != l) return CodeLookup.Failed<IndustryCode>(LevelError(l));
            return CodeLookup.Found(code);
        }

        var name = text.Trim();
        var matches = byCode.Values.Where(i => (level is null || i.Level == level) && (i.Name == name || i.NameEn == name)).ToList();
        return matches.Count switch
        {
            1 => CodeLookup.Found(matches[0].Code),
            0 => CodeLookup.Failed<IndustryCode>(new($"找不到名为“{name}”的行业，请从列表中选择", $"No industry is called '{name}'; pick one from the list"),
                Search(name, level, 10).Select(i => Describe(i.Code)).ToList()),
            _ => CodeLookup.Failed<IndustryCode>(new($"“{name}”有 {matches.Count} 个行业，请选择其一", $"'{name}' matches {matches.Count} industries; pick one"),
                matches.Take(10).Select(i => Describe(i.Code)).ToList()),
        };
    }

    private static Bilingual LevelError(IndustryLevel level) => level switch
    {
        IndustryLevel.Class => new("请选择到小类（四位代码）", "Pick a class (four-digit code)"),
        IndustryLevel.Division => new("请选择到大类（两位代码）", "Pick a division (two-digit code)"),
        _ => new("请选择其他层级的行业", "Pick another level of the classification"),
    };

    [GeneratedRegex(@"(?<![0-9A-Za-z])[A-Ta-t]?\d{2,4}(?![0-9])")]
    private static partial Regex CodeToken();
}
