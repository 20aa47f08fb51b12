namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>The register file columns, by English or Chinese header name, and where each sits in a given file.</summary>
internal sealed class RegisterColumns
{
    public const int Uscc = 0, Name = 1, Region = 2, Industry = 3, Employees = 4, Revenue = 5, Assets = 6, ReportingYear = 7;

    public static readonly string[] EnglishNames =
        ["uscc", "name", "region_code", "industry_code", "employees", "revenue_10k_yuan", "total_assets_10k_yuan", "reporting_year"];

    public static readonly string[] ChineseNames =
        ["统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "从业人员", "营业收入(万元)", "资产总额(万元)", "报告年度"];

    private RegisterColumns(int[] positions, int count, IReadOnlyList<string> header)
    {
        Positions = positions;
        FileColumnCount = count;
        Header = header;
    }

    /// <summary>File column index of each logical column; -1 for the optional reporting year when absent.</summary>
    public int[] Positions { get; }

    public int FileColumnCount { get; }

    public IReadOnlyList<string> Header { get; }

    public bool HasReportingYear => Positions[ReportingYear] >= 0;

    public static RegisterColumns? TryMap(IReadOnlyList<string> header, out RegisterFileProblem? problem)
    {
        var positions = new int[EnglishNames.Length];
        Array.Fill(positions, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var name = Normalize(header[i]);
            for (var c = 0; c < EnglishNames.Length; c++)
            {
                if (name == EnglishNames[c] || name == Normalize(ChineseNames[c])) positions[c] = i;
            }
        }

        var missing = Enumerable.Range(0, ReportingYear).Where(c => positions[c] < 0).ToArray();
        if (missing.Length > 0)
        {
            problem = new RegisterFileProblem(
                $"表头缺少列：{string.Join("、", missing.Select(c => $"{EnglishNames[c]}（{ChineseNames[c]}）"))}",
                $"The header lacks column(s): {string.Join(", ", missing.Select(c => EnglishNames[c]))}");
            return null;
        }

        problem = null;
        return new RegisterColumns(positions, header.Count, header);
    }

    // Excel users type full-width brackets and stray spaces; compare on a normalised form.
    private static string Normalize(string name) =>
        name.Trim().Trim('\uFEFF').Replace('（', '(').Replace('）', ')').Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}

/// <summary>A problem with the file as a whole (unreadable, no header, over a size limit): the run cannot start.</summary>
/// <param name="TooLarge">A limit was exceeded (HTTP 413), rather than the file being malformed (HTTP 400).</param>
internal sealed record RegisterFileProblem(string Zh, string En, bool TooLarge = false);

internal sealed class RegisterFileException(RegisterFileProblem problem) : Exception(problem?.En)
{
    public RegisterFileProblem Problem { get; } = problem!;
}
