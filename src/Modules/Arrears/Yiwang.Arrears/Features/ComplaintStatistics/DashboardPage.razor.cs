using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>The officials' dashboard: tiles for single figures, charts for comparisons (a map where provinces are compared), tables beside them, the .xlsx export.</summary>
public sealed partial class DashboardPage
{
    private ComplaintStatistics? stats;
    private string? denied;
    private readonly FormModel filters = new();

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery] public string? Region { get; set; }

    [SupplyParameterFromQuery] public string? From { get; set; }

    [SupplyParameterFromQuery] public string? To { get; set; }

    private CallerScope Caller => CallerScope.FromPrincipal(HttpContext.User);

    private RegionCode? Jurisdiction => Caller.IsAdmin ? RegionCode.National : Caller.Jurisdiction;

    private string? regionCode;

    protected override async Task OnInitializedAsync()
    {
        filters.Set("region", Region).Set("from", From).Set("to", To);
        var reader = new FormReader(filters);
        regionCode = reader.Region("region", Jurisdiction);
        var (request, forbidden, errors) = StatisticsRequest.Check(Caller, regionCode, From, To);
        if (forbidden is { } why) { denied = why.Current; return; }
        filters.WithErrors(reader.Errors.AddRange(FieldErrors.From(errors)));
        if (reader.Errors.Any) HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        else if (request is not null) stats = await Service.ComputeAsync(request, Caller.UserId, HttpContext.RequestAborted);
    }

    private string ExportLink(string? lang) => "/api/v1/complaints/statistics.xlsx?" + string.Join("&", new[] { ("region", regionCode), ("from", From), ("to", To), ("lang", lang) }
        .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    private static string ScopeName(ComplaintStatistics s) => RegionNames.Of(s.Region);

    private static string SubTitle(ComplaintStatistics s) => s.SubRegionLevel switch
    {
        "province" => Bilingual.T("按省份", "By province"),
        "city" => Bilingual.T("按地市", "By city"),
        _ => Bilingual.T("按区县", "By county"),
    };

    private static string SubHeader(ComplaintStatistics s) => s.SubRegionLevel switch
    {
        "province" => Bilingual.T("省份", "Province"),
        "city" => Bilingual.T("地市", "City"),
        _ => Bilingual.T("区县", "County"),
    };

    /// <summary>A region row by its own name ("杭州市", "Zhejiang"): the chart has no room for the chain above it.</summary>
    private static string RegionLabel(string code) => RegionNames.Of(code).Split(' ')[^1];

    private static int Height(IReadOnlyList<StatRow> rows) => Math.Clamp(80 + 36 * rows.Count, 160, 640);

    private static string Days(DurationStat d) => d.Cases == 0 ? "—" : Figures.Number(d.MedianDays, 1);

    private static string Cases(DurationStat d) => d.Cases == 0 ? Bilingual.T("暂无", "none yet")
        : Bilingual.T($"{Figures.Count(d.Cases)} 件，平均 {Figures.Number(d.AverageDays, 1)} 日", $"{Figures.Count(d.Cases)} cases, mean {Figures.Number(d.AverageDays, 1)} days");
}
