using System.Globalization;
using System.Text.Json;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// Reads and validates a rule-set JSON file. Every problem is collected (JSON types, unknown fields, missing texts,
/// thresholds, overlapping codes) and reported at once in <see cref="RuleSetFormatException.Problems"/>, each naming
/// the row and field, so a draft is fixed in one round instead of one error per upload.
/// </summary>
internal static class SizeRuleSetLoader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static SizeRuleSet LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    public static SizeRuleSet Load(Stream json, string origin)
    {
        var problems = new RuleSetProblems();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var (line, column) = ((ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
            problems.Add(string.Empty, $"不是有效的 JSON：第 {line} 行第 {column} 个字符附近有格式错误（如缺少逗号、引号或括号）",
                $"is not valid JSON: a syntax error near line {line}, character {column} (a missing comma, quote or bracket?)");
            throw new RuleSetFormatException(origin, problems.All);
        }

        using (document)
        {
            var file = RuleSetJsonReader.Read(document.RootElement, problems);
            var set = file is null ? null : Build(file, problems);
            return set is not null && !problems.Any ? set : throw new RuleSetFormatException(origin, problems.All);
        }
    }

    private static SizeRuleSet? Build(RuleSetFile f, RuleSetProblems p)
    {
        if (f.FormatVersion != 1)
            p.Add("formatVersion", $"应为 1（现为 {f.FormatVersion?.ToString(CultureInfo.InvariantCulture) ?? "空"}）", $"must be 1 (it is {f.FormatVersion?.ToString(CultureInfo.InvariantCulture) ?? "missing"})");
        var id = Required(f.Id, "id", p);
        var nameZh = Required(f.NameZh, "nameZh", p);
        var nameEn = Required(f.NameEn, "nameEn", p);
        var basisZh = Required(f.LegalBasisZh, "legalBasisZh", p);
        var basisEn = Required(f.LegalBasisEn, "legalBasisEn", p);
        RuleSetProfile? profile = Required(f.Profile, "profile", p) switch
        {
            null => null,
            "smeOnly" => RuleSetProfile.SmeOnly,
            "largeMediumSmallMicro" => RuleSetProfile.LargeMediumSmallMicro,
            var other => Fail<RuleSetProfile>(p, "profile", $"“{other}”无效，应为 smeOnly（只划分中型、小型、微型）或 largeMediumSmallMicro（大中小微四档）",
                $"'{other}' is not valid; use smeOnly (medium, small, micro only) or largeMediumSmallMicro (four sizes)"),
        };
        var from = Required(f.EffectiveFrom, "effectiveFrom", p) is { } fromText ? ParseDate(fromText, "effectiveFrom", p) : null;
        var to = f.EffectiveTo is null ? null : ParseDate(f.EffectiveTo, "effectiveTo", p);
        if (from is not null && to <= from) p.Add("effectiveTo", "失效日期须晚于生效日期（effectiveFrom）", "must be after the date it comes into force (effectiveFrom)");
        TierCombinator? combinator = f.Combination is null
            ? Fail<TierCombinator>(p, "combination", "缺少“combination”（各档指标如何组合）", "is missing (how the indicators of a tier combine)")
            : ParseCombinator(f.Combination.Tiers, "combination.tiers", p);

        var sources = (f.Sources ?? []).Select(s => Required(s.Note, RuleSetJsonFields.Join(s.Path, "note"), p) is { } note ? new RuleSetSource(s.Url, s.Confidence, note) : null)
            .OfType<RuleSetSource>().ToArray();
        if ((f.Sources?.Count ?? 0) == 0) p.Add("sources", "请至少列出一个依据来源（url、note）", "cite at least one source (url, note)");
        var definitions = (f.IndicatorDefinitions ?? []).Select(d => Definition(d, p)).OfType<IndicatorDefinition>().ToArray();
        var notCovered = (f.NotCovered ?? []).Select(n => NotCovered(n, p)).OfType<NotCoveredEntry>().ToArray();

        if (f.Rows is null || f.Rows.Count == 0) p.Add("rows", "请至少写一个行业行", "at least one industry row is required");
        else if (f.Rows.Count > short.MaxValue) p.Add("rows", "行业行过多", "too many rows");
        var rows = (f.Rows ?? []).Select(r => RuleSetRowBuilder.Build(r, combinator ?? TierCombinator.All, p)).ToArray();
        foreach (var group in (f.Rows ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Id)).GroupBy(r => r.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
                p.Add(duplicate.Path + ".id", $"行编号“{group.Key}”与第 {group.First().Index + 1} 行重复", $"the row id '{group.Key}' is also used by row {group.First().Index + 1}");
        }

        var built = rows.OfType<SizeRuleRow>().ToArray();
        var lookup = built.Length == rows.Length ? IndustryRowLookupBuilder.Build(built, notCovered, p) : null;
        if (p.Any || lookup is null || id is null || profile is null || from is null) return null;
        return new SizeRuleSet(id, nameZh!, nameEn!, basisZh!, basisEn!, profile.Value, from.Value, to, sources,
            f.Combination!.NoteZh ?? string.Empty, f.Combination.NoteEn ?? string.Empty, definitions, notCovered, built, lookup);
    }

    private static IndicatorDefinition? Definition(IndicatorDefinitionFile d, RuleSetProblems p)
    {
        var indicator = SizeIndicatorText.FromJsonName(d.Indicator ?? string.Empty);
        if (indicator is null) p.Add(RuleSetJsonFields.Join(d.Path, "indicator"), $"“{d.Indicator}”不是指标名，{IndicatorNames.Zh}", $"'{d.Indicator}' is not an indicator; {IndicatorNames.En}");
        var zh = Required(d.Zh, RuleSetJsonFields.Join(d.Path, "zh"), p);
        var en = Required(d.En, RuleSetJsonFields.Join(d.Path, "en"), p);
        return indicator is null || zh is null || en is null ? null : new IndicatorDefinition(indicator.Value, zh, en, d.Confidence);
    }

    private static NotCoveredEntry? NotCovered(NotCoveredFile n, RuleSetProblems p)
    {
        var codesPath = RuleSetJsonFields.Join(n.Path, "codes");
        if (n.Codes is null) p.Add(codesPath, "缺少行业代码列表", "the list of industry codes is missing");
        var codes = Codes(n.Codes ?? [], codesPath, p);
        var nameZh = Required(n.NameZh, RuleSetJsonFields.Join(n.Path, "nameZh"), p);
        var nameEn = Required(n.NameEn, RuleSetJsonFields.Join(n.Path, "nameEn"), p);
        var reasonZh = Required(n.ReasonZh, RuleSetJsonFields.Join(n.Path, "reasonZh"), p);
        var reasonEn = Required(n.ReasonEn, RuleSetJsonFields.Join(n.Path, "reasonEn"), p);
        return nameZh is null || nameEn is null || reasonZh is null || reasonEn is null ? null : new NotCoveredEntry(codes, nameZh, nameEn, reasonZh, reasonEn);
    }

    public static readonly (string Zh, string En) IndicatorNames =
        ("可用 employees（从业人员）、revenueTenThousandYuan（营业收入，万元）、totalAssetsTenThousandYuan（资产总额，万元）",
            "use employees, revenueTenThousandYuan (revenue, 10k yuan) or totalAssetsTenThousandYuan (total assets, 10k yuan)");

    /// <summary>The valid codes; each invalid one is a problem naming it.</summary>
    internal static List<string> Codes(IReadOnlyList<string> codes, string at, RuleSetProblems p)
    {
        var result = new List<string>(codes.Count);
        foreach (var c in codes)
        {
            if (IndustryCode.TryParse(c, out var code, out var error)) result.Add(code.Value);
            else p.Add(at, $"“{c}”不是有效的 GB/T 4754-2017 行业代码（{error.MessageZh}）", $"'{c}' is not a GB/T 4754-2017 industry code ({error.MessageEn})");
        }

        return result;
    }

    internal static TierCombinator? ParseCombinator(string? text, string at, RuleSetProblems p) => text switch
    {
        "all" => TierCombinator.All,
        "any" => TierCombinator.Any,
        _ => Fail<TierCombinator>(p, at, $"“{text}”无效，应为 all（各项须同时满足，“且”）或 any（满足一项即可，“或”）",
            $"'{text}' is not valid; use all (every bound must be met) or any (one bound is enough)"),
    };

    internal static string? Required(string? value, string at, RuleSetProblems p)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value;
        p.Add(at, "必填，不能为空", "is required and must not be empty");
        return null;
    }

    private static DateOnly? ParseDate(string text, string at, RuleSetProblems p)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        p.Add(at, $"“{text}”不是日期，应写成 yyyy-MM-dd，如 2026-07-01", $"'{text}' is not a date; write it as yyyy-MM-dd, e.g. 2026-07-01");
        return null;
    }

    private static T? Fail<T>(RuleSetProblems p, string at, string zh, string en) where T : struct
    {
        p.Add(at, zh, en);
        return null;
    }
}
