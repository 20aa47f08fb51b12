using System.Globalization;
using System.Text.Json;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Data;

/// <summary>
/// Reads Data/Reference/indicators.json. Structural errors (unknown indicator, unit mismatch, duplicate period, unknown
/// source) stop the load; implausible jumps only become warnings, because real series do jump (scope or basis changes)
/// and a person has to look.
/// </summary>
internal static class CatalogueLoader
{
    public const string ResourceName = "Yiwang.Indicators.Reference.indicators.json";

    private static readonly Lazy<IndicatorCatalogue> Embedded = new(() =>
    {
        using var stream = typeof(CatalogueLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    });

    public static IndicatorCatalogue Default => Embedded.Value;

    public static IndicatorCatalogue Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(document.RootElement);
    }

    public static IndicatorCatalogue Load(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(document.RootElement);
    }

    private static IndicatorCatalogue Load(JsonElement root)
    {
        var errors = new List<CatalogueIssue>();
        void Error(string where, string zh, string en) => errors.Add(new CatalogueIssue(where, new Bilingual(zh, en)));

        var sources = root.Members("sources").ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        var publishers = root.Members("publishers").ToDictionary(p => p.Name,
            p => new Bilingual(p.Value.Text("zh") ?? p.Name, p.Value.Text("en") ?? p.Name), StringComparer.Ordinal);
        var citations = ReadCitations(root, publishers, sources, Error);
        var units = root.Members("units").ToDictionary(p => p.Name,
            p => new Bilingual(p.Value.Text("zh") ?? p.Name, p.Value.Text("en") ?? p.Name), StringComparer.Ordinal);

        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var (e, i) in root.Items("indicators").Select((e, i) => (e, i)))
        {
            var where = $"indicators[{i}]";
            var indicator = IndicatorReader.Read(e, units, where, Error);
            if (indicator is null) continue;
            if (!sources.ContainsKey(indicator.Source)) Error(where, $"未知来源“{indicator.Source}”", $"unknown source '{indicator.Source}'");
            if (!indicators.TryAdd(indicator.Code, indicator)) Error(where, $"指标代码“{indicator.Code}”重复", $"duplicate indicator code '{indicator.Code}'");
        }

        foreach (var formula in indicators.Values.Where(x => x.Formula is not null))
            foreach (var part in new[] { formula.Formula!.Numerator, formula.Formula.Denominator }.Where(p => !indicators.ContainsKey(p)))
                Error(formula.Code, $"公式引用了未知指标“{part}”", $"formula refers to unknown indicator '{part}'");

        var observations = new List<Observation>();
        var seen = new HashSet<(string, string, Period)>();
        foreach (var (e, i) in root.Items("observations").Select((e, i) => (e, i)))
        {
            var where = $"observations[{i}] ({e.Text("indicator")} {e.Text("period")})";
            var observation = ReadObservation(e, indicators, sources, where, Error);
            if (observation is null) continue;
            if (!seen.Add((observation.Indicator, observation.Region, observation.Period)))
                Error(where, "同一指标、地区和期别重复出现", "duplicate period for this indicator and region");
            observations.Add(observation);
        }

        var targets = new List<IndicatorTarget>();
        foreach (var (e, i) in root.Items("targets").Select((e, i) => (e, i)))
        {
            var target = TargetReader.Read(e, indicators, sources, $"targets[{i}] ({e.Text("indicator")})", Error);
            if (target is not null) targets.Add(target);
        }

        if (errors.Count > 0) throw new CatalogueFormatException(errors);
        var warnings = JumpCheck.Find(indicators, observations);
        return new IndicatorCatalogue(root.Text("version") ?? "unversioned", root.Text("source") ?? string.Empty, sources,
            [.. indicators.Values], observations, targets, warnings, citations);
    }

    /// <summary>The public citation of each source key ("citations"), naming a publisher of "publishers".</summary>
    private static Dictionary<string, Citation> ReadCitations(JsonElement root, Dictionary<string, Bilingual> publishers,
        Dictionary<string, string> sources, Action<string, string, string> error)
    {
        var citations = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var p in root.Members("citations"))
        {
            var where = $"citations.{p.Name}";
            if (!sources.ContainsKey(p.Name)) error(where, $"未知来源“{p.Name}”", $"unknown source '{p.Name}'");
            if (p.Value.Text("by") is not { } by || !publishers.TryGetValue(by, out var publisher))
            {
                error(where, $"未知发布机构“{p.Value.Text("by")}”", $"unknown publisher '{p.Value.Text("by")}'");
                continue;
            }

            citations[p.Name] = new Citation(publisher, new Bilingual(p.Value.Text("zh") ?? string.Empty, p.Value.Text("en") ?? string.Empty));
        }

        return citations;
    }

    private static Observation? ReadObservation(JsonElement e, Dictionary<string, Indicator> indicators,
        Dictionary<string, string> sources, string where, Action<string, string, string> error)
    {
        var code = e.Text("indicator");
        if (code is null || !indicators.TryGetValue(code, out var indicator))
        {
            error(where, $"未知指标“{code}”", $"unknown indicator '{code}'");
            return null;
        }

        var ok = true;
        void Fail(string zh, string en) { error(where, zh, en); ok = false; }
        var region = e.Text("region") ?? IndicatorCatalogue.NationalRegion;
        if (!RegionCode.TryParse(region, out _, out _)) Fail($"地区代码“{region}”无效", $"invalid region code '{region}'");
        if (!Period.TryParse(e.Text("period"), out var period)) Fail("期别应为 YYYY-MM", "period must be YYYY-MM");
        var value = e.Number("value");
        if (value is null) Fail("缺少数值", "value is missing");
        if (e.Text("unit") is { } unit && unit != indicator.Unit)
            Fail($"单位“{unit}”与指标单位“{indicator.Unit}”不一致", $"unit '{unit}' does not match the indicator's unit '{indicator.Unit}'");
        var status = e.Text("status") switch
        {
            "reported" => ObservationStatus.Reported,
            "derived" => ObservationStatus.Derived,
            "estimated" => ObservationStatus.Estimated,
            _ => (ObservationStatus?)null,
        };
        if (status is null) Fail("状态应为 reported / derived / estimated", "status must be reported, derived or estimated");
        var source = e.Text("source");
        if (source is null || !sources.ContainsKey(source)) Fail($"未知来源“{source}”", $"unknown source '{source}'");
        return ok
            ? new Observation(code, region, period!.Value, value!.Value, status!.Value, e.Text("confidence") ?? "unconfirmed", source!, e.Text("note"), e.Flag("lowerBound"))
            : null;
    }

    internal static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
