namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// Turns the include / exclude / notCovered code lists of a rule set into an <see cref="IndustryRowLookup"/>.
/// The most specific entry wins (a 中类 beats its 门类); a code whose sub-codes resolve differently is "too coarse".
/// </summary>
internal static class IndustryRowLookupBuilder
{
    private readonly record struct Entry(string Code, short Target);

    /// <returns>The lookup, or null when a code is claimed twice or an exclusion lies outside its row (each recorded in <paramref name="problems"/>).</returns>
    public static IndustryRowLookup? Build(IReadOnlyList<SizeRuleRow> rows, IReadOnlyList<NotCoveredEntry> notCovered, RuleSetProblems problems)
    {
        var before = problems.All.Count;
        var reasons = new List<NotCoveredReason>
        {
            new(string.Empty, "没有任何行业行包含该代码", "No industry row of this rule set covers the code"),
        };
        var includes = new Dictionary<string, short>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var code in row.IncludeCodes)
            {
                if (includes.TryGetValue(code, out var other))
                {
                    problems.Add($"rows[{row.Index}] ({row.Id}).industryCodes.include", $"行业代码“{code}”已由第 {rows[other].Index + 1} 行（{rows[other].NameZh}）包含，一个代码只能属于一行",
                        $"code '{code}' is already included by row '{rows[other].Id}'");
                    continue;
                }

                includes[code] = (short)row.Index;
            }
        }

        var entries = new Dictionary<string, short>(includes, StringComparer.Ordinal);
        foreach (var item in notCovered)
        {
            foreach (var code in item.Codes)
            {
                if (includes.TryGetValue(code, out var row))
                {
                    problems.Add("notCovered", $"行业代码“{code}”既列为不在划型范围，又由第 {rows[row].Index + 1} 行（{rows[row].NameZh}）包含",
                        $"code '{code}' is also included by row '{rows[row].Id}'");
                    continue;
                }

                reasons.Add(new NotCoveredReason(code, $"{code} {item.NameZh}：{item.ReasonZh}", $"{code} {item.NameEn}: {item.ReasonEn}"));
                entries[code] = IndustryRowLookup.NotCovered(reasons.Count - 1);
            }
        }

        foreach (var row in rows)
        {
            foreach (var code in row.ExcludeCodes)
            {
                if (!row.IncludeCodes.Any(inc => code.StartsWith(inc, StringComparison.Ordinal) || IsInsideSection(code, inc)))
                {
                    problems.Add($"rows[{row.Index}] ({row.Id}).industryCodes.exclude", $"排除的代码“{code}”不在本行包含的任何代码之下",
                        $"'{code}' is not inside any include of the row");
                    continue;
                }

                // An exclusion only says "not this row": another row's include or a notCovered entry for the same code stays.
                if (entries.ContainsKey(code)) continue;
                reasons.Add(new NotCoveredReason(code, $"{code} 被“{row.NameZh}”行明确排除", $"{code} is excluded from row '{row.NameEn}'"));
                entries[code] = IndustryRowLookup.NotCovered(reasons.Count - 1);
            }
        }

        if (problems.All.Count > before) return null;
        var list = entries.Select(e => new Entry(e.Key, e.Value)).ToArray();
        var table = new short[IndustryRowLookup.TableSize];
        Array.Fill(table, IndustryRowLookup.Invalid);
        foreach (var (code, index) in IndustryRowLookup.AllCodes()) table[index] = Resolve(code, list);
        return new IndustryRowLookup(table, reasons);
    }

    private static short Resolve(string code, Entry[] entries)
    {
        // The most specific entry at or above the code decides it, unless a more specific entry below it disagrees.
        short decided = IndustryRowLookup.NotCovered(0);
        var bestLength = -1;
        foreach (var e in entries)
        {
            if (Contains(e.Code, code) && Specificity(e.Code) > bestLength)
            {
                decided = e.Target;
                bestLength = Specificity(e.Code);
            }
        }

        foreach (var e in entries)
        {
            if (e.Code != code && Contains(code, e.Code) && e.Target != decided) return IndustryRowLookup.TooCoarse;
        }

        return decided;
    }

    /// <summary>True when <paramref name="inner"/> equals <paramref name="outer"/> or lies inside it.</summary>
    private static bool Contains(string outer, string inner) =>
        char.IsAsciiLetter(outer[0])
            ? IndustryRowLookup.SectionOf(inner) == outer[0]
            : !char.IsAsciiLetter(inner[0]) && inner.StartsWith(outer, StringComparison.Ordinal);

    private static bool IsInsideSection(string code, string include) =>
        char.IsAsciiLetter(include[0]) && IndustryRowLookup.SectionOf(code) == include[0];

    private static int Specificity(string code) => char.IsAsciiLetter(code[0]) ? 1 : code.Length;
}
