using System.Globalization;
using System.Text;
using Yiwang.Cultivation.Contracts;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Cultivation.Features.EvaluateTier;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>Reads the facts CSV line by line; a bad row goes to the errors file and the run goes on.</summary>
internal static class BatchEvaluator
{
    private const int TopGaps = 3;

    private static readonly string[] OutputHeader =
        ["line", "id", "ruleSet", "tier", "eligible", "score", "passMark", "directCondition", "unmetConditions", "missingFacts", "topGaps"];

    public static CultivationBatchSummary Run(CultivationBatchRequest request, TimeProvider time)
    {
        var set = CultivationRuleSetCatalog.Find(request.RuleSetId)
            ?? throw new CultivationBatchException($"未知的规则集 '{request.RuleSetId}'，可选：{string.Join(", ", CultivationBatch.RuleSetIds)}",
                $"Unknown rule set '{request.RuleSetId}'; choose one of: {string.Join(", ", CultivationBatch.RuleSetIds)}");
        var tier = set.FindTier(request.Tier)
            ?? throw new CultivationBatchException($"规则集 {set.Id} 中没有层级 '{request.Tier}'，可选：{string.Join(", ", set.Tiers.Select(t => t.Id))}",
                $"Rule set {set.Id} has no tier '{request.Tier}'; choose one of: {string.Join(", ", set.Tiers.Select(t => t.Id))}");
        var reader = Open(request.InputPath);
        using (reader)
        {
            var header = CsvLine.Split(reader.ReadLine() ?? throw new CultivationBatchException("输入文件为空", "The input file is empty"));
            var unknown = header.Where(h => h != "id" && !FactColumns.IsKnown(h)).ToList();
            if (unknown.Count > 0)
            {
                throw new CultivationBatchException($"未知的列：{string.Join(", ", unknown)}（列名见 cultivation-facts.md）",
                    $"Unknown column(s): {string.Join(", ", unknown)} (see cultivation-facts.md for the names)");
            }

            using var output = Create(request.OutputPath);
            using var errors = Create(request.ErrorsPath);
            output.WriteLine(CsvLine.Join(OutputHeader));
            errors.WriteLine(CsvLine.Join(["line", "id", "reason"]));
            var date = EvaluateTierHandler.Today(time);
            long rows = 0, eligible = 0, failed = 0, line = 1;
            for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
            {
                line++;
                if (string.IsNullOrWhiteSpace(text)) continue;
                rows++;
                var cells = CsvLine.Split(text);
                var id = header.IndexOf("id") is var i and >= 0 && i < cells.Count ? cells[i] : string.Empty;
                var (facts, reason) = Parse(header, cells);
                if (facts is not null && FactsValidator.Validate(facts) is { Count: > 0 } invalid)
                {
                    reason = string.Join("; ", invalid.Select(e => $"{e.Key}: {e.Value.Zh} / {e.Value.En}"));
                }

                if (reason is not null)
                {
                    failed++;
                    errors.WriteLine(CsvLine.Join([line.ToString(CultureInfo.InvariantCulture), id, reason]));
                    continue;
                }

                var result = TierEvaluator.Evaluate(set, tier, facts!, date, RuleSetChoice.Explicit);
                if (result.Eligible) eligible++;
                output.WriteLine(CsvLine.Join(Row(line, id, result, request.English)));
            }

            return new CultivationBatchSummary(set.Id, tier.Id, rows, eligible, rows - eligible - failed, failed, request.OutputPath, request.ErrorsPath);
        }
    }

    private static (EnterpriseFacts? Facts, string? Reason) Parse(List<string> header, List<string> cells)
    {
        if (cells.Count != header.Count) return (null, $"列数 {cells.Count} 与表头 {header.Count} 不一致 / {cells.Count} fields, the header has {header.Count}");
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

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CultivationBatchException($"无法读取输入文件：{ex.Message}", $"Cannot read the input file: {ex.Message}", ex);
        }
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
