using System.Globalization;
using System.Text;

namespace Yiwang.Bench;

/// <summary>
/// <c>cultivation-facts --rows N --out FILE [--seed S]</c>: a synthetic register of 梯度培育 facts for
/// <c>yiwang evaluate</c> (docs/performance.md). Figures are spread around the 专精特新 thresholds so every branch runs;
/// about one row in a thousand is deliberately bad (a word in a number column) to exercise the errors file.
/// </summary>
internal static class CultivationFactsGenerator
{
    private static readonly string[] Columns =
    [
        "id", "yearsInNicheMarket", "revenueLastYearTenThousandYuan", "revenuePreviousYearTenThousandYuan",
        "mainBusinessRevenueLastYearTenThousandYuan", "mainBusinessRevenuePreviousYearTenThousandYuan", "mainBusinessRevenueThreeYearsAgoTenThousandYuan",
        "rdExpenseLastYearTenThousandYuan", "rdExpensePreviousYearTenThousandYuan", "netProfitLastYearTenThousandYuan", "debtToAssetRatioPercent",
        "employees", "rdStaff", "highValueClassIIpCount", "selfDevelopedClassIIpCount", "classIIpCount", "classIIIpCount", "classIIpInUseCount",
        "digitalLevel", "hasQualityManagementCertification", "hasOwnBrand", "mainProductInStrategicEmergingIndustry", "rdInstitutionLevel",
        "localFeaturePoints", "holdsInnovativeSmeTitle", "holdsSpecializedSmeTitle", "mainProductMarketShareLeading", "marketSharePercent",
        "developmentEvaluationScore",
    ];

    private static readonly string[] RdLevels = ["None", "City", "Provincial", "National"];

    public static int Run(BenchArgs args)
    {
        var rows = args.Int("rows", 1_000_000);
        var random = new Random(args.Int("seed", 20260401));
        var path = args.Required("out");
        var ci = CultureInfo.InvariantCulture;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(string.Join(',', Columns));
        var line = new StringBuilder(256);
        for (var i = 0; i < rows; i++)
        {
            var revenue = random.Next(500, 60_000);
            var previous = (int)(revenue * (0.8 + random.NextDouble() * 0.3));
            var main = (int)(revenue * (0.7 + random.NextDouble() * 0.3));
            var employees = random.Next(10, 1000);
            line.Clear();
            var highValue = random.Next(0, 2);
            var selfDeveloped = random.Next(0, 3);
            var years = i % 1000 == 999 ? "n/a" : random.Next(1, 15).ToString(ci);
            line.Append(ci, $"E{i:D7},{years},{revenue},{previous},{main},{(int)(main * 0.9)},{(int)(main * 0.8)},");
            line.Append(ci, $"{(int)(revenue * random.NextDouble() * 0.08)},{(int)(previous * random.NextDouble() * 0.08)},{(int)(revenue * (random.NextDouble() * 0.2 - 0.03))},");
            line.Append(ci, $"{random.Next(10, 90)},{employees},{random.Next(0, employees / 3 + 1)},{highValue},{selfDeveloped},{highValue + selfDeveloped + random.Next(0, 4)},{random.Next(0, 20)},{random.Next(0, 4)},");
            line.Append(ci, $"{random.Next(1, 5)},{Flag(random)},{Flag(random)},{Flag(random)},{RdLevels[random.Next(RdLevels.Length)]},{random.Next(0, 16)},");
            line.Append(ci, $"{Flag(random)},{Flag(random)},{Flag(random)},{random.Next(0, 40)},{random.Next(30, 90)}");
            writer.WriteLine(line);
        }

        Console.WriteLine(string.Create(ci, $"{rows:N0} rows of cultivation facts → {path}"));
        return 0;
    }

    private static string Flag(Random random) => random.Next(2) == 0 ? "true" : "false";
}
