using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// How much energy one kWh of rated capacity delivers over the battery's life, the functional unit of EU Regulation
/// 2023/1542 Art. 7 (draft delegated act / JRC CFB-EV rules: usable capacity at beginning of life × full-equivalent
/// cycles per year × service years; 60 cycles a year for M1/N1 vehicles [secondary, see the carbon-footprint fact sheet §4]).
/// </summary>
/// <param name="Assumed">True while the values are the defaults below rather than the enterprise's own.</param>
internal sealed record BatteryServiceLife(double UsableShare, double CyclesPerYear, double ServiceYears, bool Assumed)
{
    /// <summary>Defaults, all assumptions to replace: usable share and service years are round illustrative figures.</summary>
    public static readonly BatteryServiceLife Default = new(0.9, 60, 10, true);

    public double KwhDeliveredPerKwhRated => UsableShare * CyclesPerYear * ServiceYears;

    /// <summary>From query-string text (the report page's form and the .xlsx link), invariant culture.</summary>
    /// <exception cref="ProductModelException">Not a number, or out of range.</exception>
    public static BatteryServiceLife Parse(string? usable, string? cycles, string? years) =>
        From(Number(usable, "usable"), Number(cycles, "cycles"), Number(years, "years"));

    private static double? Number(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw new ProductModelException("请填写数字", "Enter a number", field);
    }

    /// <exception cref="ProductModelException">A value outside its range (fields <c>usable</c>, <c>cycles</c>, <c>years</c>).</exception>
    public static BatteryServiceLife From(double? usable, double? cycles, double? years)
    {
        if (usable is null && cycles is null && years is null) return Default;
        var u = usable ?? Default.UsableShare;
        var c = cycles ?? Default.CyclesPerYear;
        var y = years ?? Default.ServiceYears;
        if (double.IsNaN(u) || u < 0.1 || u > 1) throw new ProductModelException("可用容量占比应在 0.1 至 1 之间", "The usable share of capacity must lie between 0.1 and 1", "usable");
        if (double.IsNaN(c) || c < 1 || c > 1000) throw new ProductModelException("每年等效满循环次数应在 1 至 1000 之间", "Full-equivalent cycles a year must lie between 1 and 1000", "cycles");
        if (double.IsNaN(y) || y < 1 || y > 30) throw new ProductModelException("使用年限应在 1 至 30 年之间", "Service years must lie between 1 and 30", "years");
        return new BatteryServiceLife(u, c, y, false);
    }
}

internal sealed record BatteryStage(string Stage, string Zh, string En, double KgPerKwhRated, double KgPerKwhDelivered);

/// <summary>The Art. 7(1) / Annex II point 4 breakdown: the four stages per kWh of total energy delivered over the service life.</summary>
internal sealed record BatteryDeclaration(BatteryServiceLife Life, IReadOnlyList<BatteryStage> Stages, double KgPerKwhDelivered)
{
    /// <summary>The four stages Annex II names; use is excluded from the declared footprint.</summary>
    private static readonly string[] DeclaredStages = ["raw-material", "production", "distribution", "end-of-life"];

    /// <summary>Batteries only: templates declared per kWh of rated capacity.</summary>
    public static bool Applies(FootprintResult result) =>
        result is not null && result.TemplateId.StartsWith("battery-", StringComparison.Ordinal);

    public static BatteryDeclaration Of(FootprintResult result, BatteryServiceLife life)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(life);
        var delivered = life.KwhDeliveredPerKwhRated;
        var stages = DeclaredStages.Select(key =>
        {
            var (_, zh, en) = LifeCycleStages.All[LifeCycleStages.Order(key)];
            var kg = result.ByStage.Where(s => s.Stage == key).Sum(s => s.KgCo2e);
            return new BatteryStage(key, zh, en, kg, kg / delivered);
        }).ToList();
        return new BatteryDeclaration(life, stages, stages.Sum(s => s.KgPerKwhDelivered));
    }
}
