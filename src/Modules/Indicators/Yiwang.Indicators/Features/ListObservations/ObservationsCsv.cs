using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ListObservations;

/// <summary>RFC 4180 CSV with a BOM, so that Excel opens the Chinese text as UTF-8; cells through the platform's <see cref="CsvWriter"/>.</summary>
internal static class ObservationsCsv
{
    public const string Header = "indicator,region,period,period_end,value,lower_bound,unit,status,confidence,source,note";

    public static string Write(IndicatorCatalogue catalogue, Indicator indicator, IEnumerable<Observation> observations)
    {
        // The platform's CSV writer: a note or source starting with = + - @ is written as text, never as a formula.
        var text = new StringWriter();
        text.Write('\uFEFF');
        using (var csv = new CsvWriter(text, leaveOpen: true))
        {
            csv.Row(Header.Split(','));
            foreach (var o in observations)
            {
                csv.Text(o.Indicator).Text(o.Region).Text(o.Period.ToString())
                    .Text(o.Period.EndDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    .Number(o.Value, 4).Text(o.LowerBound ? "true" : "false").Text(indicator.Unit).Text(Wire.Name(o.Status))
                    .Text(o.Confidence).Text(catalogue.Cite(o.Source)).Text(o.Note ?? string.Empty).EndRow();
            }
        }

        return text.ToString();
    }
}
