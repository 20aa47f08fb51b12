using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Features.BrowseCatalogue;

internal sealed record CatalogueDto(string Version, string Source, IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<string> Warnings)
{
    public static CatalogueDto From(IndicatorCatalogue catalogue, IReadOnlyDictionary<string, IReadOnlyList<Observation>> national) => new(catalogue.Version, catalogue.Source,
        [.. catalogue.Indicators.Select(i => IndicatorDto.From(catalogue, i, national.GetValueOrDefault(i.Code) ?? []))], [.. catalogue.Warnings.Select(w => $"{w.Where}: {w.Message.Current}")]);
}

internal sealed record IndicatorDto(
    string Code, string Area, string Name, string NameZh, string NameEn, string Unit, string UnitName, string Definition,
    string Periodicity, string Accumulation, string Department, string Source,
    IReadOnlyList<ScopeChangeDto> ScopeChanges, string? Formula, LatestDto? Latest, IReadOnlyList<TargetDto> Targets)
{
    public static IndicatorDto From(IndicatorCatalogue catalogue, Indicator i, IReadOnlyList<Observation> national)
    {
        var latest = national is [.., var last] ? last : null;
        string? formula = i.Formula is { } f && catalogue.Find(f.Numerator) is { } n && catalogue.Find(f.Denominator) is { } d
            ? f.Describe(n, d).Current : null;
        return new IndicatorDto(i.Code, i.Area, i.Name.Current, i.Name.Zh, i.Name.En, i.Unit, i.UnitName.Current, i.Definition.Current,
            i.Periodicity, Wire.Name(i.Accumulation), i.Department, catalogue.Cite(i.Source),
            [.. i.ScopeChanges.Select(c => new ScopeChangeDto(c.From.ToString(), c.Description.Current))], formula,
            latest is null ? null : new LatestDto(latest.Period.ToString(), latest.Value, latest.LowerBound, Wire.Name(latest.Status)),
            [.. catalogue.TargetsFor(i.Code, IndicatorCatalogue.NationalRegion).Select(t => TargetDto.From(catalogue, t))]);
    }
}

internal sealed record ScopeChangeDto(string From, string Description);

internal sealed record LatestDto(string Period, decimal Value, bool LowerBound, string Status);

internal sealed record TargetDto(decimal Value, string Direction, DateOnly Deadline, string Region, string Document, string Source, string Confidence, string? Note)
{
    public static TargetDto From(IndicatorCatalogue catalogue, IndicatorTarget t) =>
        new(t.Value, Wire.Name(t.Direction), t.Deadline, t.Region, t.Document, catalogue.Cite(t.Source), t.Confidence, t.Note);
}
