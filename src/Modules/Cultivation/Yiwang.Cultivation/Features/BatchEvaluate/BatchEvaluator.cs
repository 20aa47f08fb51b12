using System.Globalization;
using System.Text;
using Yiwang.Cultivation.Contracts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>Reads the facts file row by row (CSV or .xlsx); a bad row goes to the errors file with its line and the run goes on.</summary>
internal static class BatchEvaluator
{
    private static readonly string[] OutputHeader =
        ["line", "id", "ruleSet", "tier", "eligible", "score", "passMark", "directCondition", "unmetConditions", "missingFacts", "topGaps"];

    private const int ChunkRows = 4096;

    /// <summary>Evaluate every row against every tier of the rule set (one output row per tier).</summary>
    public const string AllTiers = "all";

    private const long ProgressEvery = 100_000;

    public static CultivationBatchSummary Run(CultivationBatchRequest request, TimeProvider time)
    {
        var set = CultivationRuleSetCatalog.Find(request.RuleSetId)
            ?? throw new CultivationBatchException($"未知的规则集 '{request.RuleSetId}'，可选：{string.Join(", ", CultivationBatch.RuleSetIds)}",
                $"Unknown rule set '{request.RuleSetId}'; choose one of: {string.Join(", ", CultivationBatch.RuleSetIds)}");
        IReadOnlyList<Target> tiers = request.Tier == AllTiers ? set.Tiers : [set.FindTier(request.Tier)
            ?? throw new CultivationBatchException($"规则集 {set.Id} 中没有层级 '{request.Tier}'，可选：{string.Join(", ", set.Tiers.Select(t => t.Id))}, {AllTiers}",
                $"Rule set {set.Id} has no tier '{request.Tier}'; choose one of: {string.Join(", ", set.Tiers.Select(t => t.Id))}, {AllTiers}")];
        using var reader = FactsFileReader.Open(request.InputPath);
        var header = reader.Header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var unknown = header.Where(h => h != "id" && !FactColumns.IsKnown(h)).ToList();
        if (unknown.Count > 0)
        {
            throw new CultivationBatchException($"未知的列：{string.Join(", ", unknown)}（列名见 cultivation-facts.md）",
                $"Unknown column(s): {string.Join(", ", unknown)} (see cultivation-facts.md for the names)");
        }

        using var output = Create(request.OutputPath);
        using var errors = Create(request.ErrorsPath);
        output.WriteLine(CsvOutput.Join(OutputHeader));
        errors.WriteLine(CsvOutput.Join(["line", "id", "reason"]));
        var rules = new BatchRows(set.Compiled, tiers.Select(t => set.Compiled.Find(t.Id)!).ToArray(), header, request.English);
        long rows = 0, eligible = 0, undetermined = 0, failed = 0, evaluations = 0;
        RowChunk[] chunks = [new(), new()];
        RowOutcome[][] done = [new RowOutcome[ChunkRows], new RowOutcome[ChunkRows]];
        Task Evaluate(int k) => Task.Run(() => Parallel.For(0, chunks[k].Count, r => done[k][r] = rules.Process(chunks[k], r)));

        // Two chunks in flight: while one is evaluated on every core, this thread writes the one before it (in input
        // order) and reads the one after. Memory stays two chunks deep however long the file.
        var current = 0;
        var evaluating = reader.Read(chunks[current], ChunkRows) ? Evaluate(current) : null;
        while (evaluating is not null)
        {
            var next = 1 - current;
            var more = reader.Read(chunks[next], ChunkRows);
            evaluating.GetAwaiter().GetResult();
            var count = chunks[current].Count;
            evaluating = more ? Evaluate(next) : null;
            for (var r = 0; r < count; r++)
            {
                rows++;
                if (rows % ProgressEvery == 0) request.Progress?.Report(rows);
                if (done[current][r].Error is { } error)
                {
                    failed++;
                    errors.Write(error);
                    continue;
                }

                eligible += done[current][r].Eligible;
                undetermined += done[current][r].Undetermined;
                evaluations += tiers.Count;
                output.Write(done[current][r].Lines);
            }

            current = next;
        }

        if (rows % ProgressEvery != 0) request.Progress?.Report(rows);
        return new CultivationBatchSummary(set.Id, request.Tier == AllTiers ? AllTiers : tiers[0].Id, rows, eligible, evaluations - eligible - undetermined, failed,
            request.OutputPath, request.ErrorsPath, undetermined);
    }

    private static StreamWriter Create(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CultivationBatchException($"无法写入输出文件：{ex.Message}", $"Cannot write the output file: {ex.Message}", ex);
        }
    }
}
