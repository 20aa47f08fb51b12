using System.Globalization;
using System.Text;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Rules.Evaluation;
using Yiwang.Rules.Facts;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// One input row → its output lines (one per tier) or its errors-file line, through the engine's compiled path: cells
/// are read straight into a per-thread <see cref="FactValues"/> by the schema's types. Safe to call from many threads.
/// </summary>
internal sealed class BatchRows(CompiledRuleSet set, CompiledTarget[] tiers, List<string> header, bool english)
{
    /// <summary>Gaps written per tier: the batch is a screening list, the API has them all.</summary>
    public const int TopGaps = 3;

    // Per-thread scratch reused row after row: a batch row should allocate little more than its output.
    [ThreadStatic]
    private static StringBuilder? text;

    [ThreadStatic]
    private static StringBuilder? list;

    [ThreadStatic]
    private static FactValues? factsOfThread;

    [ThreadStatic]
    private static TargetRun? runOfThread;

    private readonly int idColumn = header.IndexOf("id");
    private readonly FactDefinition?[] columns = header.Select(h => h == "id" ? null : CultivationFacts.Schema.FindBase(h)).ToArray();

    public RowOutcome Process(RowChunk chunk, int row)
    {
        var line = chunk.Line(row).ToString(CultureInfo.InvariantCulture);
        var cells = chunk.CellCount(row);
        var id = idColumn >= 0 && idColumn < cells ? chunk.Cell(row, idColumn).ToString() : string.Empty;
        var facts = factsOfThread ??= new FactValues(CultivationFacts.Schema);
        var reason = Parse(chunk, row, facts);
        if (reason is null && !FactValidator.IsValid(facts))
        {
            reason = string.Join("; ", FactValidator.Validate(facts).Select(e => $"{e.Key}: {e.Value.Zh} / {e.Value.En}"));
        }

        var sb = text ??= new StringBuilder(1024);
        sb.Clear();
        if (reason is not null) return new RowOutcome(sb.Field(line, first: true).Field(id).Field(reason).AppendLine().ToString(), null, 0, 0);

        var run = runOfThread ??= new TargetRun();
        int eligible = 0, undetermined = 0;
        foreach (var tier in tiers)
        {
            tier.Evaluate(facts, run, TopGaps);
            if (run.Outcome == Outcome.Met) eligible++;
            if (run.Outcome == Outcome.MissingData) undetermined++;
            Append(sb, line, id, tier.Id, run);
        }

        return new RowOutcome(null, sb.ToString(), eligible, undetermined);
    }

    private string? Parse(RowChunk chunk, int row, FactValues facts)
    {
        var cells = chunk.CellCount(row);
        if (cells != columns.Length) return $"列数 {cells} 与表头 {columns.Length} 不一致 / {cells} fields, the header has {columns.Length}";
        facts.Reset();
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c] is not { } fact) continue;
            if (FactText.Apply(facts, fact, chunk.Cell(row, c)) is { } error) return $"{header[c]}: {error}";
        }

        return null;
    }

    // An undetermined tier (a missing fact decides it) reads "undetermined" in the eligible column; its missing facts say which.
    private void Append(StringBuilder sb, string line, string id, string tier, TargetRun r)
    {
        var eligible = r.Outcome switch { Outcome.Met => "true", Outcome.NotMet => "false", _ => "undetermined" };
        sb.Field(line, first: true).Field(id).Field(set.Id).Field(tier).Field(eligible)
            .Field(r.Score is { } score ? ValueText.Number(score) : string.Empty).Field(r.PassMark is { } mark ? ValueText.Number(mark) : string.Empty)
            .Field(r.AppliedDirectCondition ?? string.Empty)
            .Field(Joined(" ", r.UnmetCount, r.UnmetCondition)).Field(Joined(" ", r.MissingCount, r.MissingFact))
            .Field(Joined(" | ", Math.Min(TopGaps, r.GapCount), i => english ? r.GapText(i).En : r.GapText(i).Zh)).AppendLine();
    }

    private static string Joined(string separator, int count, Func<int, string> item)
    {
        if (count == 0) return string.Empty;
        var sb = list ??= new StringBuilder(256);
        sb.Clear();
        for (var i = 0; i < count; i++) (i == 0 ? sb : sb.Append(separator)).Append(item(i));
        return sb.ToString();
    }
}

/// <summary>A row's output lines, or its errors-file line; Eligible and Undetermined count its tiers.</summary>
internal readonly record struct RowOutcome(string? Error, string? Lines, int Eligible, int Undetermined);
