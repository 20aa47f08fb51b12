using System.Globalization;
using System.Text;

namespace Yiwang.Bench;

/// <summary>
/// <c>cultivation-facts-all --rows N --out FILE [--seed S]</c>: every one of the 45 cultivation facts, about one value
/// in twelve left empty, figures drawn on, just below and just above the thresholds and band bounds of both rule sets,
/// and some rows that break a range or a cross-field check. The input of the old-versus-new comparison in
/// docs/cultivation-rules-migration.md (the <c>cultivation-facts</c> register leaves 16 facts out altogether).
/// </summary>
internal static class CultivationAllFactsGenerator
{
    // Thresholds and band bounds of cultivation-2022.json and cultivation-2026.json.
    private static readonly decimal[] Edges =
        [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50, 55, 60, 70, 75, 80, 90, 100, 200, 300, 400, 500, 1000, 1200, 1500, 2000, 3000, 5000, 6000, 8000, 10000];

    private static readonly string[] Columns =
    [
        "id", "yearsInNicheMarket", "employees", "revenueLastYearTenThousandYuan", "revenuePreviousYearTenThousandYuan", "revenueThreeYearsAgoTenThousandYuan",
        "mainBusinessRevenueLastYearTenThousandYuan", "mainBusinessRevenuePreviousYearTenThousandYuan", "mainBusinessRevenueThreeYearsAgoTenThousandYuan",
        "netProfitLastYearTenThousandYuan", "debtToAssetRatioPercent", "equityFinancingLastTwoYearsTenThousandYuan", "equityFinancingLastThreeYearsTenThousandYuan",
        "rdExpenseLastYearTenThousandYuan", "rdExpensePreviousYearTenThousandYuan", "rdStaff", "rdInstitutionLevel", "highValueClassIIpCount",
        "selfDevelopedClassIIpCount", "classIIpCount", "classIIIpCount", "classIIpInUseCount", "digitalLevel", "hasCoreBusinessInformationSystem",
        "hasProvincialQualityAward", "hasQualityManagementCertification", "hasInternationalProductCertification", "hasOwnBrand", "tookPartInStandards",
        "mainProductField", "mainProductInStrategicEmergingIndustry", "mainProductInLittleGiantField", "mainProductInManufacturingOrNetworkPowerField",
        "atKeyIndustryChainLink", "marketSharePercent", "domesticMarketRank", "mainProductMarketShareLeading", "holdsInnovativeSmeTitle",
        "holdsSpecializedSmeTitle", "holdsInnovationHonour", "provincialScienceAwardBestRank", "nationalScienceAwardBestRank", "inMakerChinaNationalTop500",
        "inMakerChinaNationalTop50", "localFeaturePoints", "developmentEvaluationScore",
    ];

    private static readonly string[] Fields = ["Other", "SixFoundationsOrTimeHonouredOrChainLeaderSupplier", "KeyChainLinkResults"];
    private static readonly string[] Levels = ["None", "BelowCity", "City", "Provincial", "National"];

    public static int Run(BenchArgs args)
    {
        var rows = args.Int("rows", 3000);
        var r = new Random(args.Int("seed", 20261128));
        var path = args.Required("out");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(string.Join(',', Columns));
        for (var i = 0; i < rows; i++) writer.WriteLine(string.Join(',', Row(r, i)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows of all cultivation facts → {path}"));
        return 0;
    }

    private static IEnumerable<string> Row(Random r, int i)
    {
        var revenue = r.Next(4) == 0 ? Figure(r, 60_000) : r.Next(0, 60_000);
        var previous = decimal.Round(revenue * (0.7m + (decimal)r.NextDouble() * 0.5m));
        var main = decimal.Round(revenue * (0.6m + (decimal)r.NextDouble() * 0.4m));
        // Sometimes an R&D figure that puts the share exactly on a percentage edge.
        var rd = r.Next(3) == 0 ? revenue * Edges[r.Next(Edges.Length)] / 100 : decimal.Round(revenue * (decimal)r.NextDouble() * 0.1m);
        var employees = r.Next(1, 1000);
        var years = i % 500 == 499 ? "n/a" : N(Figure(r, 15));
        yield return string.Create(CultureInfo.InvariantCulture, $"E{i:D5}");
        yield return Maybe(r, years);
        yield return Maybe(r, N(employees));
        yield return Maybe(r, N(revenue));
        yield return Maybe(r, N(previous));
        yield return Maybe(r, N(decimal.Round(previous * 0.9m)));
        yield return Maybe(r, N(main));
        yield return Maybe(r, N(decimal.Round(main * 0.9m)));
        yield return Maybe(r, N(decimal.Round(main * 0.8m)));
        yield return Maybe(r, N(decimal.Round(revenue * ((decimal)r.NextDouble() * 0.3m - 0.05m))));
        yield return Maybe(r, N(Math.Min(Figure(r, 100), 100)));
        yield return Maybe(r, N(Figure(r, 10_000)));
        yield return Maybe(r, N(Figure(r, 20_000)));
        yield return Maybe(r, N(rd));
        yield return Maybe(r, N(decimal.Round(previous * (decimal)r.NextDouble() * 0.1m)));
        yield return Maybe(r, N(r.Next(0, employees / 2 + 1)));
        yield return r.Next(5) == 0 ? string.Empty : Levels[r.Next(Levels.Length)];
        // Ⅰ类 includes the high-value and self-developed ones (a schema constraint); the counts are whole numbers.
        int? Count(int max) => r.Next(10) == 0 ? null : (int)Math.Min(Figure(r, max), 50);
        var (highValue, selfDeveloped, classI) = (Count(2), Count(3), Count(6));
        if (classI is { } c) classI = Math.Max(c, Math.Max(highValue ?? 0, selfDeveloped ?? 0));
        foreach (var count in new[] { highValue, selfDeveloped, classI, Count(20), Count(6) }) yield return count is { } n ? N(n) : string.Empty;
        yield return r.Next(10) == 0 ? string.Empty : N(r.Next(1, 5));
        for (var k = 0; k < 6; k++) yield return Flag(r);
        yield return r.Next(5) == 0 ? string.Empty : Fields[r.Next(Fields.Length)];
        for (var k = 0; k < 4; k++) yield return Flag(r);
        yield return Maybe(r, N(Math.Min(Figure(r, 60), 100)));
        yield return r.Next(3) == 0 ? N(r.Next(1, 10)) : string.Empty;
        for (var k = 0; k < 4; k++) yield return Flag(r);
        yield return r.Next(3) == 0 ? N(r.Next(1, 8)) : string.Empty;
        yield return r.Next(4) == 0 ? N(r.Next(1, 8)) : string.Empty;
        yield return Flag(r);
        yield return Flag(r);
        yield return Maybe(r, N(r.Next(0, 16)));
        yield return Maybe(r, N(Math.Min(Figure(r, 100), 100)));
    }

    private static decimal Figure(Random r, int max)
    {
        if (r.Next(3) == 0) return r.Next(0, max);
        var edge = Edges[r.Next(Edges.Length)];
        return Math.Max(0, edge + r.Next(3) switch { 0 => 0, 1 => -1, _ => 0.5m });
    }

    private static string Maybe(Random r, string value) => r.Next(12) == 0 ? string.Empty : value;

    private static string Flag(Random r) => r.Next(8) switch { 0 => string.Empty, < 5 => "true", _ => "false" };

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
