using System.Globalization;
using System.Text.Json.Nodes;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Carbon.Features.Footprints;

namespace Yiwang.Carbon.Features.Pact;

/// <summary>
/// A footprint as a PACT (WBCSD Pathfinder) Technical Specification v2 ProductFootprint, shaped after
/// spec/v2/examples/get-footprint-response.json. PACT exchanges cradle-to-gate footprints, so the value is our
/// raw-material + production stages per PACT declared unit (1 t of product = 1000 kilogram declared units).
/// </summary>
internal static class PactExport
{
    public const string SpecVersion = "2.2.0";

    public static JsonObject ProductFootprint(FootprintRecord record, FootprintResult result)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(result);
        var template = TemplateCatalog.Find(record.TemplateId);
        var pact = template?.Pact ?? new PactSpec("kilogram", 1, "", "unconfirmed");
        var figures = PactCarbonFigures.Of(result.CradleToGateKgCo2e, result.FossilKgCo2e, result.BiogenicKgCo2e, record.BiogenicCarbonContentKgC, pact.UnitaryProductAmount);
        var start = new DateTime(record.ReferenceYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var quality = FootprintHandler.ReadDataQuality(record, result);
        var stages = string.Join("; ", result.ByStage.Where(s => LifeCycleStages.IsCradleToGate(s.Stage)).Select(s => s.En));
        var footprint = new JsonObject
        {
            ["id"] = record.Id.ToString(),
            ["specVersion"] = SpecVersion,
            ["version"] = record.Version,
            ["created"] = Timestamp(record.CreatedAtUtc),
            ["status"] = "Active",
            // Default validity: three years from the end of the reference period (PACT data model).
            ["validityPeriodStart"] = Timestamp(end),
            ["validityPeriodEnd"] = Timestamp(end.AddYears(3)),
            ["companyName"] = record.OwnerName,
            ["companyIds"] = new JsonArray($"urn:pathfinder:company:customcode:vendor-assigned:uscc-{record.OwnerUscc}"),
            ["productDescription"] = template is null ? record.ProductName : $"{record.ProductName} ({template.En})",
            ["productIds"] = new JsonArray($"urn:pathfinder:product:customcode:vendor-assigned:{record.TemplateId}-{record.Id:N}"),
            ["productCategoryCpc"] = pact.Cpc,
            ["productNameCompany"] = record.ProductName,
            ["comment"] = $"Computed with Yiwang template {result.TemplateId}@{result.TemplateVersion}, factor set {result.FactorSetVersion}; GB/T 24067-2024. " +
                (quality.Assessed
                    ? string.Create(CultureInfo.InvariantCulture, $"Data quality rated by the company for {quality.CoveragePercent:F1} % of the footprint (dqi, 1 good to 3 poor). ")
                    : "Data quality ratings (dqi) are not assessed; ") +
                (record.BiogenicCarbonContentKgC is null ? "Biogenic carbon content not declared by the company (0 exported). " : "") +
                (figures.SplitProRata ? "Biogenic emissions of the cradle-to-gate value apportioned pro rata to the whole modelled life cycle. " : "") +
                "starter-template background factors marked as assumptions should be replaced before relying on this value.",
            ["pcf"] = new JsonObject
            {
                ["declaredUnit"] = pact.DeclaredUnit,
                ["unitaryProductAmount"] = Number(pact.UnitaryProductAmount),
                ["pCfExcludingBiogenic"] = Number(figures.PcfExcludingBiogenic),
                ["pCfIncludingBiogenic"] = Number(figures.PcfIncludingBiogenic),
                ["fossilGhgEmissions"] = Number(figures.FossilGhgEmissions),
                ["fossilCarbonContent"] = "0",
                ["biogenicCarbonContent"] = Number(figures.BiogenicCarbonContentKgC),
                // O* fields (mandatory for reference periods from 2025): the templates have no land use in their
                // foreground, so dLUC and land management are 0 as modelled; boundaryProcessesDescription says so.
                ["dLucGhgEmissions"] = "0",
                ["landManagementGhgEmissions"] = "0",
                ["otherBiogenicGhgEmissions"] = Number(figures.OtherBiogenicGhgEmissions),
                ["biogenicCarbonWithdrawal"] = Number(figures.BiogenicCarbonWithdrawal),
                ["characterizationFactors"] = "AR6",
                ["ipccCharacterizationFactorsSources"] = new JsonArray("AR6"),
                ["crossSectoralStandardsUsed"] = new JsonArray("ISO Standard 14067"),
                ["productOrSectorSpecificRules"] = new JsonArray(new JsonObject
                {
                    ["operator"] = "Other",
                    ["ruleNames"] = new JsonArray("GB/T 24067-2024"),
                    ["otherOperatorName"] = "SAMR/SAC (China)",
                }),
                ["biogenicAccountingMethodology"] = "ISO",
                ["boundaryProcessesDescription"] = $"Cradle-to-gate: {stages}. Direct land-use change and land management not modelled (no land use in the foreground processes).",
                ["referencePeriodStart"] = Timestamp(start),
                ["referencePeriodEnd"] = Timestamp(end),
                ["geographicScope"] = new JsonObject { ["geographyCountry"] = "CN" },
                ["secondaryEmissionFactorSources"] = new JsonArray(new JsonObject { ["name"] = "Yiwang factor set", ["version"] = result.FactorSetVersion }),
                ["exemptedEmissionsPercent"] = 0,
                ["exemptedEmissionsDescription"] = "",
                ["packagingEmissionsIncluded"] = false,
                ["allocationRulesDescription"] = template?.Methodology.Allocation.En ?? "",
                ["primaryDataShare"] = Math.Round(result.PrimaryDataShare * 100, 1),
                ["uncertaintyAssessmentDescription"] = result.Uncertainty is { } u
                    ? string.Create(CultureInfo.InvariantCulture, $"Monte Carlo, whole life cycle as modelled: 95 % interval {u.P025:F1}–{u.P975:F1} kg CO2e per {result.DeclaredUnit.En}; {u.Method}")
                    : "not assessed",
            },
        };
        if (quality.Overall is { } dqr) ((JsonObject)footprint["pcf"]!)["dqi"] = Dqi(quality.CoveragePercent, dqr);
        return footprint;
    }

    /// <summary>PACT DataQualityIndicators: ratings 1–3 weighted by contribution, coverage as the rated share of the PCF.</summary>
    private static JsonObject Dqi(double coveragePercent, DqrRating dqr) => new()
    {
        ["coveragePercent"] = coveragePercent,
        ["technologicalDQR"] = dqr.Technological,
        ["temporalDQR"] = dqr.Temporal,
        ["geographicalDQR"] = dqr.Geographical,
        ["completenessDQR"] = dqr.Completeness,
        ["reliabilityDQR"] = dqr.Reliability,
    };

    private static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>PACT decimals are JSON strings; six decimals is well below the precision of any footprint.</summary>
    private static string Number(double value) => ((decimal)Math.Round(value, 6)).ToString(CultureInfo.InvariantCulture);
}
