using System.Globalization;
using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Bench;

/// <summary>
/// <c>edges --output X</c>: a register where, for every industry row of nbs-2017, each indicator sits exactly on
/// and just below every tier bound (all combinations), plus missing figures, so the DuckDB SQL and the CLI are
/// compared where a cascade is most likely to differ. The synthetic register rarely lands on a bound.
/// </summary>
internal static class EdgeCases
{
    // A valid USCC from the synthetic register; rows are matched on all fields, so repeats are fine.
    private const string Uscc = "914310031856RRMN01";

    public static int Run(BenchArgs args)
    {
        var set = SizeRuleSetCatalog.Default;
        using var writer = new StreamWriter(args.Required("output"));
        writer.Write("uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan\n");
        var count = 0;
        foreach (var row in set.Rows)
        {
            var code = FirstCode(set, row.Index);
            var used = SizeIndicatorText.All.Where(row.Uses).ToArray();
            var candidates = used.Select(i => Values(row, i)).ToArray();
            foreach (var combo in Cartesian(candidates))
            {
                string Figure(SizeIndicator i)
                {
                    var at = Array.IndexOf(used, i);
                    return at < 0 ? "1" : combo[at];
                }

                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{Uscc},边界测试有限公司,431003,{code},{Figure(SizeIndicator.Employees)},{Figure(SizeIndicator.RevenueTenThousandYuan)},{Figure(SizeIndicator.TotalAssetsTenThousandYuan)}\n"));
                count++;
            }
        }

        Console.WriteLine($"wrote {count:N0} boundary rows");
        return 0;
    }

    private static string FirstCode(SizeRuleSet set, int row)
    {
        for (var c = 100; c < 10_000; c++)
        {
            var text = c.ToString("0000", CultureInfo.InvariantCulture);
            if (set.Lookup.Resolve(text) == row) return text;
        }

        throw new InvalidOperationException($"no 4-digit code for row {row}");
    }

    private static string[] Values(SizeRuleRow row, SizeIndicator indicator)
    {
        var values = new List<string> { string.Empty, "0" };
        foreach (var tier in new[] { row.Small, row.Medium, row.Large })
        {
            var bound = tier.Get(indicator)!.Value;
            var step = indicator == SizeIndicator.Employees ? 1m : 0.01m;
            values.Add((bound - step).ToString(CultureInfo.InvariantCulture));
            values.Add(bound.ToString(CultureInfo.InvariantCulture));
        }

        return values.Distinct().ToArray();
    }

    private static IEnumerable<string[]> Cartesian(string[][] sets)
    {
        IEnumerable<string[]> result = [[]];
        foreach (var set in sets) result = result.SelectMany(prefix => set.Select(v => prefix.Append(v).ToArray()));
        return result;
    }
}
