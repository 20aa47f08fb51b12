using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

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

    /// <summary>
    /// From query-string text (the report page's form and the .xlsx link), invariant culture; blank keeps the default. Every
    /// value that is no number or out of range is named at once (fields <c>usable</c>, <c>cycles</c>, <c>years</c>), as a 422.
    /// </summary>
    public static CommandResult<BatteryServiceLife> Read(string? usable, string? cycles, string? years)
    {
        if (string.IsNullOrWhiteSpace(usable) && string.IsNullOrWhiteSpace(cycles) && string.IsNullOrWhiteSpace(years)) return CommandResult.Of(Default);
        var errors = new FieldErrors();
        var u = Number(usable, "usable", Default.UsableShare, 0.1, 1, new("可用容量占比应在 0.1 至 1 之间", "The usable share of capacity must lie between 0.1 and 1"), errors);
        var c = Number(cycles, "cycles", Default.CyclesPerYear, 1, 1000, new("每年等效满循环次数应在 1 至 1000 之间", "Full-equivalent cycles a year must lie between 1 and 1000"), errors);
        var y = Number(years, "years", Default.ServiceYears, 1, 30, new("使用年限应在 1 至 30 年之间", "Service years must lie between 1 and 30"), errors);
        return errors.Any
            ? new CommandResult<BatteryServiceLife>(CommandStatus.Unprocessable, null, new("电池使用条件有误", "The battery's service life is not valid"), errors)
            : CommandResult.Of(new BatteryServiceLife(u, c, y, false));
    }

    private static double Number(string? text, string field, double fallback, double min, double max, Bilingual outOfRange, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            errors.Add(field, new Bilingual("请填写数字", "Enter a number"));
        else if (v < min || v > max) errors.Add(field, outOfRange);
        return v;
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
