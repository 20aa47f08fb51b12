using System.Collections.Frozen;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>A validated indicators data file: definitions, observations, targets and the warnings found while loading.</summary>
internal sealed class IndicatorCatalogue
{
    public const string NationalRegion = "000000";

    private readonly FrozenDictionary<string, Indicator> byCode;

    public IndicatorCatalogue(string version, string source, IReadOnlyDictionary<string, string> sources,
        IReadOnlyList<Indicator> indicators, IReadOnlyList<Observation> observations, IReadOnlyList<IndicatorTarget> targets,
        IReadOnlyList<CatalogueIssue> warnings, IReadOnlyDictionary<string, Citation>? citations = null)
    {
        Citations = citations ?? new Dictionary<string, Citation>(StringComparer.Ordinal);
        Version = version;
        Source = source;
        Sources = sources;
        Indicators = indicators;
        Observations = [.. observations.OrderBy(o => o.Indicator, StringComparer.Ordinal).ThenBy(o => o.Region, StringComparer.Ordinal).ThenBy(o => o.Period)];
        Targets = targets;
        Warnings = warnings;
        byCode = indicators.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal);
    }

    public string Version { get; }
    public string Source { get; }
    /// <summary>Source keys used by observations and targets, resolved to a citation (URL or document).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Source keys as the public reads them: publisher and document, never a URL (the URLs are for the data-sources view).</summary>
    public IReadOnlyDictionary<string, Citation> Citations { get; }
    public IReadOnlyList<Indicator> Indicators { get; }
    public IReadOnlyList<Observation> Observations { get; }
    public IReadOnlyList<IndicatorTarget> Targets { get; }
    public IReadOnlyList<CatalogueIssue> Warnings { get; }

    public Indicator? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The observations of one indicator in one region, oldest first.</summary>
    public IReadOnlyList<Observation> Series(string code, string region) =>
        [.. Observations.Where(o => o.Indicator == code && o.Region == region)];

    public IReadOnlyList<IndicatorTarget> TargetsFor(string code, string region) =>
        [.. Targets.Where(t => t.Indicator == code && t.Region == region).OrderBy(t => t.Deadline)];

    public string Cite(string sourceKey) => Sources.GetValueOrDefault(sourceKey, sourceKey);

    /// <summary>
    /// "工业和信息化部《2025年通信业统计公报》" for a catalogue source; an official's own wording for an imported value, with any
    /// web address left out (the data-sources view keeps it).
    /// </summary>
    public Bilingual PublicSource(string sourceKey) => Citations.TryGetValue(sourceKey, out var citation)
        ? citation.Text
        : Citation.OfImported(sourceKey);
}

/// <summary>A problem found in the data file: <see cref="Where"/> points at the entry, the message says what is wrong.</summary>
internal sealed record CatalogueIssue(string Where, Bilingual Message)
{
    public override string ToString() => $"{Where}: {Message.En}";
}
