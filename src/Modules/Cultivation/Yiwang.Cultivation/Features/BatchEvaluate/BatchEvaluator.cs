using System.Globalization;
using System.Text;
using Yiwang.Cultivation.Contracts;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Cultivation.Features.EvaluateTier;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>Reads the facts file row by row (CSV or .xlsx); a bad row goes to the errors file with its line and the run goes on.</summary>
internal static class BatchEvaluator
{
    private const int TopGaps = 3;

    private static readonly string[] OutputHeader =
        ["line", "id", "ruleSet", "tier", "eligible", "score", "passMark", "directCondition", "unmetConditions", "missingFacts", "topGaps"];

    /// <summary>Evaluate every row against every tier of the rule set (one output row per tier).</summary>
    public const string AllTiers = "all";

    private const long ProgressEvery = 100_000;
    private const int ChunkRows = 4096;

    public static CultivationBatchSummary Run(CultivationBatchRequest request, TimeProvider time)
    {
        var set = CultivationRuleSetCatalog.Find(request.RuleSetId)
            ?? throw new CultivationBatchException($"未知的规则集 '{request.RuleSetId}'，可选：{string.Join(", ", CultivationBatch.RuleSetIds)}",
                $"Unknown rule set '{request.RuleSetId}'; choose one of: {string.Join(", ", CultivationBatch.RuleSetIds)}");
        IReadOnlyList<TierRules> tiers = request.Tier == AllTiers ? set.Tiers : [set.FindTier(request.Tier)
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
        var date = EvaluateTierHandler.Today(time);
        var idColumn = header.IndexOf("id");
        long rows = 0, eligible = 0, failed = 0, evaluations = 0;
        var chunk = new List<FactsRow>(ChunkRows);

        // Rows are evaluated in parallel a chunk at a time and written in input order: memory stays one chunk deep.
        void Flush()
        {
            foreach (var done in chunk.AsParallel().AsOrdered().Select(row => Process(row, header, idColumn, set, tiers, date, request.English)))
            {
                if (done.Error is not null)
                {
                    failed++;
                    errors.WriteLine(done.Error);
                    continue;
                }

                eligible += done.Eligible;
                evaluations += done.Lines.Length;
                foreach (var line in done.Lines) output.WriteLine(line);
            }

            chunk.Clear();
        }

        foreach (var row in reader.Rows())
        {
            rows++;
            if (rows % ProgressEvery == 0) request.Progress?.Report(rows);
            chunk.Add(row);
            if (chunk.Count == ChunkRows) Flush();
        }

        Flush();
        if (rows % ProgressEvery != 0) request.Progress?.Report(rows);
        return new CultivationBatchSummary(set.Id, request.Tier == AllTiers ? AllTiers : tiers[0].Id, rows, eligible, evaluations - eligible, failed,
            request.OutputPath, request.ErrorsPath);
    }

    private static RowOutcome Process(FactsRow row, List<string> header, int idColumn, CultivationRuleSet set, IReadOnlyList<TierRules> tiers, DateOnly date, bool english)
    {
        var (line, cells) = row;
        var id = idColumn >= 0 && idColumn < cells.Length ? cells[idColumn] : string.Empty;
        var (facts, reason) = Parse(header, cells);
        if (facts is not null && FactsValidator.Validate(facts) is { Count: > 0 } invalid)
        {
            reason = string.Join("; ", invalid.Select(e => $"{e.Key}: {e.Value.Zh} / {e.Value.En}"));
        }

        if (reason is not null) return new RowOutcome(CsvOutput.Join([line.ToString(CultureInfo.InvariantCulture), id, reason]), [], 0);
        var lines = new string[tiers.Count];
        var eligible = 0;
        for (var t = 0; t < tiers.Count; t++)
        {
            var result = TierEvaluator.Evaluate(set, tiers[t], facts!, date, RuleSetChoice.Explicit);
            if (result.Eligible) eligible++;
            lines[t] = CsvOutput.Join(Row(line, id, result, english));
        }

        return new RowOutcome(null, lines, eligible);
    }

    private readonly record struct RowOutcome(string? Error, string[] Lines, int Eligible);

    private static (EnterpriseFacts? Facts, string? Reason) Parse(List<string> header, string[] cells)
    {
        if (cells.Length != header.Count) return (null, $"列数 {cells.Length} 与表头 {header.Count} 不一致 / {cells.Length} fields, the header has {header.Count}");
        var facts = new EnterpriseFacts();
        for (var c = 0; c < header.Count; c++)
        {
            if (header[c] == "id") continue;
            try
            {
                facts = FactColumns.Apply(facts, header[c], cells[c]);
            }
            catch (FormatException ex)
            {
                return (null, $"{header[c]}: {ex.Message}");
            }
        }

        return (facts, null);
    }

    private static string[] Row(long line, string id, TierEvaluation r, bool english)
    {
        string T(Kernel.Text.Bilingual b) => english ? b.En : b.Zh;
        return
        [
            line.ToString(CultureInfo.InvariantCulture), id, r.RuleSetId, r.Tier, r.Eligible ? "true" : "false",
            r.Score is null ? string.Empty : ValueText.Number(r.Score.Total), r.Score is null ? string.Empty : ValueText.Number(r.Score.PassMark),
            r.AppliedDirectCondition ?? string.Empty,
            string.Join(" ", r.BasicConditions.Where(b => b.Outcome != Outcome.Met).Select(b => b.Id)),
            string.Join(" ", r.MissingFacts),
            string.Join(" | ", r.Gaps.Take(TopGaps).Select(g => T(g.Text))),
        ];
    }

    private static StreamWriter Create(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CultivationBatchException($"无法写入输出文件：{ex.Message}", $"Cannot write the output file: {ex.Message}", ex);
        }
    }
}
