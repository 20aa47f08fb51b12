using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Charts;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Kernel.Web.Ui;
using static Yiwang.Kernel.Text.Bilingual;
using FieldErrors = Yiwang.Kernel.Web.Commands.FieldErrors;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <summary>
/// Recognitions by tier and digital levels for the caller's jurisdiction, one level down: number tiles, a province map
/// for MIIT, bar charts with their tables. Filters come from the query string as text: a bad year or city is a message.
/// </summary>
public sealed partial class CultivationChartsPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "year")] public string? YearText { get; set; }
    [SupplyParameterFromQuery] public string? City { get; set; }

    private readonly FormModel filters = new();
    private ChartScope? scope;
    private TierCounts? tiers;
    private DigitalLevelCounts? digital;
    private int? year;
    private string? denied, yearProblem;

    private static IReadOnlyList<Crumb> Crumbs => [new(T("专精特新", "Quality SMEs"), "/cultivation"), new(T("培育统计", "Charts"))];

    private string ScopeName => scope is null ? string.Empty : scope.Region == RegionCode.National ? T("全国", "the whole country") : ProvinceNames.FullName(scope.Region);

    private IReadOnlyList<Choice> YearChoices => [.. (tiers?.Years ?? []).Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private string XlsxLink => "/api/v1/cultivation/statistics/digital-levels.xlsx?lang=" + (IsEnglish ? "en" : "zh") + (digital?.City is { } c ? "&city=" + c : "");

    private IReadOnlyList<RegionValue> ProvinceTotals =>
        [.. (tiers?.ByRegion ?? []).Where(r => RegionCode.TryParse(r.Key, out _, out _)).Select(r => new RegionValue(RegionCode.Parse(r.Key), r.Total))];

    private static IReadOnlyList<TableColumn<LevelRow>> ShareColumns =>
    [
        TableColumn.Text<LevelRow>(T("城市", "City"), r => RowName(r.Key, r.Name), primary: true),
        TableColumn.Text<LevelRow>(T("评测企业", "Enterprises assessed"), r => Figures.Count(r.Total), numeric: true),
        TableColumn.Text<LevelRow>(T("二级及以上占比", "Level 2 or above"), r => Figures.Share((double)r.ShareLevelTwoOrAbove, 0), numeric: true),
    ];

    protected override async Task OnInitializedAsync()
    {
        var (found, why) = ChartScope.For(CallerScope.FromPrincipal(HttpContext.User));
        if (found is null) { denied = why?.Current; return; }
        scope = found;
        var picked = QueryNumbers.Read(YearText, 0, CultivationChartsEndpoints.MinYear, CultivationChartsEndpoints.MaxYear, new("认定年份", "year"), out yearProblem);
        year = picked == 0 ? null : picked;
        filters.Set("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("city", City);
        var city = ResolveCity(found);
        tiers = await Tiers.CountAsync(found, year, HttpContext.RequestAborted);
        digital = await Digital.CountAsync(found, city, HttpContext.RequestAborted);
    }

    // The progress chart follows one city of the jurisdiction; anything else is a message beside the field.
    private string? ResolveCity(ChartScope found)
    {
        var lookup = RegionDirectory.Default.Resolve(City, found.Region == RegionCode.National ? null : found.Region);
        if (lookup.Error is { } error) { filters.WithErrors(FieldErrors.Of("city", error)); return null; }
        if (lookup.Code is not { } code) return null;
        if (code.Level == JurisdictionLevel.City) return code.Value;
        filters.WithErrors(FieldErrors.Of("city", new("请选择一个地级市（如杭州市）", "Choose a city (e.g. 杭州市 Hangzhou)")));
        return null;
    }

    private static string RowName(string key, string name) =>
        RegionCode.TryParse(key, out var code, out _) && code.Level == JurisdictionLevel.Province ? ProvinceNames.Of(code) : name;

    private static int HeightFor(int rows) => Math.Clamp(rows * 36 + 80, 200, 900);

    private static IReadOnlyList<ChartSeries> TierSeries(IReadOnlyList<TierCountRow> rows) =>
        [.. TierStatistics.TierIds.Select(t => new ChartSeries(TierStatistics.TierNames[t].Current, [.. rows.Select(r => (double?)r.Counts.GetValueOrDefault(t))]))];

    private static IReadOnlyList<ChartSeries> LevelSeries(IReadOnlyList<LevelRow> rows) =>
        [.. DigitalLevelAggregates.LevelNames.Select((n, i) => new ChartSeries(n.Current, [.. rows.Select(r => (double?)(i < r.Levels.Count ? r.Levels[i] : 0))]))];
}
