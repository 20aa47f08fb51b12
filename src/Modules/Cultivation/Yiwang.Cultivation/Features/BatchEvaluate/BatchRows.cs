using System.Globalization;
using System.Text;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>One input row → its output lines (one per tier) or its errors-file line. Safe to call from many threads.</summary>
internal sealed class BatchRows(CultivationRuleSet set, LeanTierEvaluator[] tiers, List<string> header, bool english)
{
    /// <summary>Gaps written per tier: the batch is a screening list, the API has them all.</summary>
    public const int TopGaps = 3;

    // Per-thread scratch reused row after row: a batch row should allocate little more than its facts and its output.
    [ThreadStatic]
    private static StringBuilder? text;

    [ThreadStatic]
    private static FactsBuilder? builder;

    [ThreadStatic]
    private static FactFigures? figuresOfThread;

    private readonly int idColumn = header.IndexOf("id");
    private readonly FactColumns.Setter?[] setters = header.Select(h => h == "id" ? null : FactColumns.For(h)).ToArray();

    public RowOutcome Process(RowChunk chunk, int row)
    {
        var line = chunk.Line(row).ToString(CultureInfo.InvariantCulture);
        var cells = chunk.CellCount(row);
        var id = idColumn >= 0 && idColumn < cells ? chunk.Cell(row, idColumn).ToString() : string.Empty;
        var (facts, reason) = Parse(chunk, row);
        if (facts is not null && FactsValidator.Validate(facts) is { Count: > 0 } invalid)
        {
            reason = string.Join("; ", invalid.Select(e => $"{e.Key}: {e.Value.Zh} / {e.Value.En}"));
        }

        var sb = text ??= new StringBuilder(1024);
        sb.Clear();
        if (reason is not null) return new RowOutcome(sb.Field(line, first: true).Field(id).Field(reason).AppendLine().ToString(), null, 0);

        var figures = figuresOfThread is null ? figuresOfThread = new FactFigures(facts!) : figuresOfThread.Reset(facts!);
        var eligible = 0;
        foreach (var tier in tiers)
        {
            var verdict = tier.Evaluate(figures, TopGaps);
            if (verdict.Eligible) eligible++;
            Append(sb, line, id, verdict);
        }

        return new RowOutcome(null, sb.ToString(), eligible);
    }

    private (Domain.EnterpriseFacts? Facts, string? Reason) Parse(RowChunk chunk, int row)
    {
        var cells = chunk.CellCount(row);
        if (cells != setters.Length) return (null, $"列数 {cells} 与表头 {setters.Length} 不一致 / {cells} fields, the header has {setters.Length}");
        var facts = builder ??= new FactsBuilder();
        facts.Clear();
        for (var c = 0; c < setters.Length; c++)
        {
            if (setters[c] is not { } setter) continue;
            try
            {
                FactColumns.Apply(facts, setter, chunk.Cell(row, c));
            }
            catch (FormatException ex)
            {
                return (null, $"{header[c]}: {ex.Message}");
            }
        }

        return (facts.Build(), null);
    }

    private void Append(StringBuilder sb, string line, string id, TierVerdict r)
    {
        sb.Field(line, first: true).Field(id).Field(set.Id).Field(r.Tier).Field(r.Eligible ? "true" : "false")
            .Field(r.Score is { } score ? ValueText.Number(score) : string.Empty).Field(r.PassMark is { } mark ? ValueText.Number(mark) : string.Empty)
            .Field(r.AppliedDirectCondition ?? string.Empty).Field(string.Join(" ", r.UnmetConditions)).Field(string.Join(" ", r.MissingFacts))
            .Field(string.Join(" | ", r.TopGaps.Select(g => english ? g.En : g.Zh))).AppendLine();
    }
}

/// <summary>A row's output lines, or its errors-file line; Eligible counts the tiers it meets.</summary>
internal readonly record struct RowOutcome(string? Error, string? Lines, int Eligible);
