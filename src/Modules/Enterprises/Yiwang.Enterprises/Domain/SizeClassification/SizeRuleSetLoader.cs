using System.Globalization;
using System.Text.Json;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Reads and validates a rule-set JSON file; every problem names the row and field.</summary>
internal static class SizeRuleSetLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static SizeRuleSet LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    public static SizeRuleSet Load(Stream json, string origin)
    {
        RuleSetFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RuleSetFile>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new RuleSetFormatException($"{origin}: {ex.Path ?? "$"}: {ex.Message}", ex);
        }

        if (file is null) throw new RuleSetFormatException($"{origin}: the file is empty");
        try
        {
            return Build(file);
        }
        catch (RuleSetFormatException ex)
        {
            throw new RuleSetFormatException($"{origin}: {ex.Message}", ex);
        }
    }

    private static SizeRuleSet Build(RuleSetFile f)
    {
        if (f.FormatVersion != 1) throw new RuleSetFormatException($"formatVersion: expected 1, got {f.FormatVersion}");
        var id = Required(f.Id, "id");
        var profile = Required(f.Profile, "profile") switch
        {
            "smeOnly" => RuleSetProfile.SmeOnly,
            "largeMediumSmallMicro" => RuleSetProfile.LargeMediumSmallMicro,
            var p => throw new RuleSetFormatException($"profile: '{p}' is not 'smeOnly' or 'largeMediumSmallMicro'"),
        };
        var from = ParseDate(Required(f.EffectiveFrom, "effectiveFrom"), "effectiveFrom");
        DateOnly? to = f.EffectiveTo is null ? null : ParseDate(f.EffectiveTo, "effectiveTo");
        if (to <= from) throw new RuleSetFormatException("effectiveTo: must be after effectiveFrom");
        var combination = f.Combination ?? throw new RuleSetFormatException("combination: missing");
        var defaultCombinator = ParseCombinator(combination.Tiers, "combination.tiers");
        if (f.Rows is null || f.Rows.Count == 0) throw new RuleSetFormatException("rows: at least one row is required");
        if (f.Rows.Count > short.MaxValue) throw new RuleSetFormatException("rows: too many rows");

        var rows = f.Rows.Select((r, i) => BuildRow(r, i, defaultCombinator)).ToArray();
        var duplicate = rows.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new RuleSetFormatException($"rows: id '{duplicate.Key}' is used twice");

        var notCovered = (f.NotCovered ?? []).Select((n, i) => new NotCoveredEntry(
            Codes((n.Codes ?? throw new RuleSetFormatException($"notCovered[{i}].codes: missing")), $"notCovered[{i}].codes"),
            Required(n.NameZh, $"notCovered[{i}].nameZh"), Required(n.NameEn, $"notCovered[{i}].nameEn"),
            Required(n.ReasonZh, $"notCovered[{i}].reasonZh"), Required(n.ReasonEn, $"notCovered[{i}].reasonEn"))).ToArray();
        var definitions = (f.IndicatorDefinitions ?? []).Select((d, i) => new IndicatorDefinition(
            SizeIndicatorText.FromJsonName(d.Indicator ?? string.Empty)
                ?? throw new RuleSetFormatException($"indicatorDefinitions[{i}].indicator: '{d.Indicator}' is not an indicator name"),
            Required(d.Zh, $"indicatorDefinitions[{i}].zh"), Required(d.En, $"indicatorDefinitions[{i}].en"), d.Confidence)).ToArray();
        var sources = (f.Sources ?? []).Select((s, i) => new RuleSetSource(s.Url, s.Confidence, Required(s.Note, $"sources[{i}].note"))).ToArray();
        if (sources.Length == 0) throw new RuleSetFormatException("sources: cite at least one source");

        return new SizeRuleSet(id, Required(f.NameZh, "nameZh"), Required(f.NameEn, "nameEn"),
            Required(f.LegalBasisZh, "legalBasisZh"), Required(f.LegalBasisEn, "legalBasisEn"), profile, from, to, sources,
            combination.NoteZh ?? string.Empty, combination.NoteEn ?? string.Empty, definitions, notCovered, rows,
            IndustryRowLookupBuilder.Build(rows, notCovered));
    }

    private static SizeRuleRow BuildRow(RowFile r, int index, TierCombinator defaultCombinator)
    {
        var at = $"rows[{index}]";
        var id = Required(r.Id, $"{at}.id");
        at = $"rows[{index}] ({id})";
        var codes = r.IndustryCodes ?? throw new RuleSetFormatException($"{at}.industryCodes: missing");
        var include = Codes(codes.Include ?? [], $"{at}.industryCodes.include");
        if (include.Count == 0) throw new RuleSetFormatException($"{at}.industryCodes.include: at least one code is required");
        var indicators = SizeIndicator.None;
        foreach (var name in r.Indicators ?? [])
        {
            indicators |= SizeIndicatorText.FromJsonName(name)
                ?? throw new RuleSetFormatException($"{at}.indicators: '{name}' is not employees, revenueTenThousandYuan or totalAssetsTenThousandYuan");
        }

        if (indicators == SizeIndicator.None) throw new RuleSetFormatException($"{at}.indicators: at least one indicator is required");
        var t = r.Thresholds ?? throw new RuleSetFormatException($"{at}.thresholds: missing");
        var large = Tier(t.Large, indicators, $"{at}.thresholds.large");
        var medium = Tier(t.Medium, indicators, $"{at}.thresholds.medium");
        var small = Tier(t.Small, indicators, $"{at}.thresholds.small");
        foreach (var indicator in SizeIndicatorText.All.Where(i => (indicators & i) != 0))
        {
            // Monotonic: 中型上限即为大型下限 (300号 item 7), so each tier's bound must be above the one below it.
            if (!(small.Get(indicator) < medium.Get(indicator) && medium.Get(indicator) < large.Get(indicator)))
            {
                throw new RuleSetFormatException(
                    $"{at}.thresholds: {indicator.JsonName()} must rise strictly from small to medium to large " +
                    $"(got {small.Get(indicator)}, {medium.Get(indicator)}, {large.Get(indicator)})");
            }
        }

        return new SizeRuleRow(index, id, Required(r.NameZh, $"{at}.nameZh"), Required(r.NameEn, $"{at}.nameEn"),
            Required(r.CitationZh, $"{at}.citationZh"), Required(r.CitationEn, $"{at}.citationEn"),
            include, Codes(codes.Exclude ?? [], $"{at}.industryCodes.exclude"), indicators,
            r.Tiers is null ? defaultCombinator : ParseCombinator(r.Tiers, $"{at}.tiers"), large, medium, small);
    }

    private static TierBounds Tier(Dictionary<string, decimal>? bounds, SizeIndicator indicators, string at)
    {
        if (bounds is null) throw new RuleSetFormatException($"{at}: missing");
        foreach (var (name, value) in bounds)
        {
            var indicator = SizeIndicatorText.FromJsonName(name) ?? throw new RuleSetFormatException($"{at}.{name}: not an indicator name");
            if ((indicators & indicator) == 0) throw new RuleSetFormatException($"{at}.{name}: the row does not list this indicator");
            if (value < 0) throw new RuleSetFormatException($"{at}.{name}: must not be negative");
            if (indicator == SizeIndicator.Employees && value != decimal.Truncate(value)) throw new RuleSetFormatException($"{at}.{name}: must be a whole number");
        }

        decimal? Get(SizeIndicator i)
        {
            if ((indicators & i) == 0) return null;
            return bounds.TryGetValue(i.JsonName(), out var v) ? v : throw new RuleSetFormatException($"{at}.{i.JsonName()}: missing");
        }

        var employees = Get(SizeIndicator.Employees);
        if (employees > int.MaxValue) throw new RuleSetFormatException($"{at}.employees: too large");
        return new TierBounds((int?)employees, Get(SizeIndicator.RevenueTenThousandYuan), Get(SizeIndicator.TotalAssetsTenThousandYuan));
    }

    private static List<string> Codes(IReadOnlyList<string> codes, string at) => codes.Select(c =>
        IndustryCode.TryParse(c, out var code, out var error) ? code.Value
            : throw new RuleSetFormatException($"{at}: {error.MessageEn}")).ToList();

    private static TierCombinator ParseCombinator(string? text, string at) => text switch
    {
        "all" => TierCombinator.All,
        "any" => TierCombinator.Any,
        _ => throw new RuleSetFormatException($"{at}: '{text}' is not 'all' or 'any'"),
    };

    private static DateOnly ParseDate(string text, string at) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new RuleSetFormatException($"{at}: '{text}' is not a yyyy-MM-dd date");

    private static string Required(string? value, string at) =>
        string.IsNullOrWhiteSpace(value) ? throw new RuleSetFormatException($"{at}: missing") : value;
}
