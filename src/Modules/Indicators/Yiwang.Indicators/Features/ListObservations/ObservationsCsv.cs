using System.Text;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Features.ListObservations;

/// <summary>RFC 4180 CSV with a BOM, so that Excel opens the Chinese text as UTF-8.</summary>
internal static class ObservationsCsv
{
    public const string Header = "indicator,region,period,period_end,value,lower_bound,unit,status,confidence,source,note";

    public static string Write(IndicatorCatalogue catalogue, Indicator indicator, IEnumerable<Observation> observations)
    {
        var text = new StringBuilder("\uFEFF").Append(Header).Append("\r\n");
        foreach (var o in observations)
        {
            string[] fields =
            [
                o.Indicator, o.Region, o.Period.ToString(), o.Period.EndDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                CatalogueLoader.Format(o.Value), o.LowerBound ? "true" : "false", indicator.Unit, Wire.Name(o.Status), o.Confidence,
                catalogue.Cite(o.Source), o.Note ?? string.Empty,
            ];
            text.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
