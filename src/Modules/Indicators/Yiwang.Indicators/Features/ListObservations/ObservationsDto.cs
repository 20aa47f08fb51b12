using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features.BrowseCatalogue;

namespace Yiwang.Indicators.Features.ListObservations;

internal sealed record ObservationsDto(
    string Indicator, string Name, string Region, string Unit, string UnitName, IReadOnlyList<ScopeChangeDto> ScopeChanges,
    IReadOnlyList<ObservationDto> Observations, IReadOnlyList<DerivedValueDto> Derived)
{
    public static ObservationsDto From(IndicatorCatalogue catalogue, Indicator indicator, string region,
        IEnumerable<Observation> observations, IEnumerable<DerivedValue> derived) =>
        new(indicator.Code, indicator.Name.Current, region, indicator.Unit, indicator.UnitName.Current,
            [.. indicator.ScopeChanges.Select(c => new ScopeChangeDto(c.From.ToString(), c.Description.Current))],
            [.. observations.Select(o => new ObservationDto(o.Period.ToString(), o.Period.EndDate, o.Value, o.LowerBound,
                Wire.Name(o.Status), o.Confidence, catalogue.Cite(o.Source), o.Note, o.Revision))],
            [.. derived.Select(d => new DerivedValueDto(d.Period.ToString(), d.Value, d.Reported))]);
}

internal sealed record ObservationDto(string Period, DateOnly PeriodEnd, decimal Value, bool LowerBound, string Status, string Confidence, string Source, string? Note, int Revision);

/// <summary>The indicator's formula evaluated on its inputs, with the reported value beside it for checking.</summary>
internal sealed record DerivedValueDto(string Period, decimal Value, decimal? Reported);
