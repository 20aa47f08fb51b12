using System.Globalization;
using System.Text;
using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Bench;

/// <summary>
/// Writes a rule set as DuckDB SQL, from the rule-set data itself: the industry row by code prefix (most specific
/// prefix first, the same precedence as <see cref="IndustryRowLookupBuilder"/>), then the tier cascade
/// (large → medium → small, else micro; 'all' = AND, 'any' = OR). Only 4-digit 小类 codes are classified; shorter
/// codes, missing or negative figures give NULL (the CLI sends those rows to its errors file).
/// </summary>
internal static class SizeSql
{
    public static string IndustryRowCase(SizeRuleSet set, string code)
    {
        // code → row id (null = not covered), as the lookup builder decides it: includes, then notCovered, then excludes.
        var entries = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in set.Rows)
        {
            foreach (var c in row.IncludeCodes) entries[c] = row.Id;
        }

        foreach (var item in set.NotCovered)
        {
            foreach (var c in item.Codes) entries[c] = null;
        }

        foreach (var row in set.Rows)
        {
            foreach (var c in row.ExcludeCodes) entries.TryAdd(c, null);
        }

        // Sections become their divisions, but rank below explicit divisions.
        var ranked = new List<(int Rank, string Prefix, string? Target)>();
        foreach (var (c, target) in entries)
        {
            if (char.IsAsciiLetter(c[0]))
            {
                for (var d = 1; d < 100; d++)
                {
                    var division = d.ToString("00", CultureInfo.InvariantCulture);
                    if (IndustryRowLookup.SectionOf(division) == c[0]) ranked.Add((1, division, target));
                }
            }
            else
            {
                ranked.Add((c.Length, c, target));
            }
        }

        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"CASE WHEN length({code}) <> 4 OR NOT regexp_full_match({code}, '[0-9]{{4}}') THEN NULL");
        foreach (var level in ranked.GroupBy(r => r.Rank).OrderByDescending(g => g.Key))
        {
            var width = level.Key == 1 ? 2 : level.Key;
            foreach (var target in level.GroupBy(r => r.Target))
            {
                var prefixes = string.Join(", ", target.Select(r => $"'{r.Prefix}'").Distinct().Order(StringComparer.Ordinal));
                var value = target.Key is null ? "NULL" : $"'{target.Key}'";
                sql.Append(CultureInfo.InvariantCulture, $"\n      WHEN left({code}, {width}) IN ({prefixes}) THEN {value}");
            }
        }

        return sql.Append("\n      ELSE NULL END").ToString();
    }

    public static string SizeCase(SizeRuleSet set, string rowColumn, string employees, string revenue, string assets)
    {
        var sql = new StringBuilder($"CASE {rowColumn}");
        foreach (var row in set.Rows)
        {
            var used = SizeIndicatorText.All.Where(row.Uses).ToArray();
            string Column(SizeIndicator i) => i switch
            {
                SizeIndicator.Employees => employees,
                SizeIndicator.RevenueTenThousandYuan => revenue,
                _ => assets,
            };

            var invalid = string.Join(" OR ", used.Select(i => $"{Column(i)} IS NULL OR {Column(i)} < 0"));
            var join = row.Combinator == TierCombinator.All ? " AND " : " OR ";
            string Tier(TierBounds b) => string.Join(join, used.Select(i =>
                $"{Column(i)} >= {b.Get(i)!.Value.ToString(CultureInfo.InvariantCulture)}"));

            sql.Append(CultureInfo.InvariantCulture, $"\n      WHEN '{row.Id}' THEN CASE WHEN {invalid} THEN NULL");
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {Tier(row.Large)} THEN 'large'");
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {Tier(row.Medium)} THEN 'medium'");
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {Tier(row.Small)} THEN 'small' ELSE 'micro' END");
        }

        return sql.Append("\n      ELSE NULL END").ToString();
    }

    private const string Columns = "{'uscc': 'VARCHAR', 'name': 'VARCHAR', 'region_code': 'VARCHAR', 'industry_code': 'VARCHAR', " +
        "'employees': 'VARCHAR', 'revenue_10k_yuan': 'VARCHAR', 'total_assets_10k_yuan': 'VARCHAR'}";

    public static string CopyOnly(string input, string output) =>
        $"COPY (SELECT * FROM read_csv({Quote(input)}, header = true, delim = ',', quote = '\"', columns = {Columns})) TO {Quote(output)} (FORMAT csv, HEADER true, DELIMITER ',')";

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>COPY (input + size, industry_row, rule_set) TO output. Numbers stay as text in the output, as the CLI echoes them.</summary>
    public static string Copy(SizeRuleSet set, string input, string output)
    {
        return $"""
            COPY (
              SELECT * EXCLUDE (_e, _r, _a, industry_row),
                {SizeCase(set, "industry_row", "_e", "_r", "_a")} AS size,
                industry_row,
                {Quote(set.Id)} AS rule_set
              FROM (
                SELECT *,
                  TRY_CAST(employees AS DECIMAL(18, 6)) AS _e,
                  TRY_CAST(revenue_10k_yuan AS DECIMAL(18, 6)) AS _r,
                  TRY_CAST(total_assets_10k_yuan AS DECIMAL(18, 6)) AS _a,
                  {IndustryRowCase(set, "industry_code")} AS industry_row
                FROM read_csv({Quote(input)}, header = true, delim = ',', quote = '"', columns = {Columns})
              )
            ) TO {Quote(output)} (FORMAT csv, HEADER true, DELIMITER ',')
            """;
    }
}
