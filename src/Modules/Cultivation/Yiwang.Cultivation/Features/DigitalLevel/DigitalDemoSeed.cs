using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Domain.DigitalLevel;
using Yiwang.Kernel.Codes;

namespace Yiwang.Cultivation.Features.DigitalLevel;

/// <summary>
/// Questionnaires of invented enterprises in four 浙江 cities, answered last year and again this year (most improve), once,
/// on an empty table, so the city aggregates on /cultivation/charts have something to show. The answers are generated
/// from the index and scored by the real scorer, so every seeded report opens.
/// </summary>
internal static class DigitalDemoSeed
{
    // 西湖区 (杭州), 鄞州区 (宁波), 鹿城区 (温州), 南湖区 (嘉兴).
    private static readonly string[] Counties = ["330106", "330212", "330302", "330402"];
    private const int PerCounty = 6;

    public static async Task SeedAsync(CultivationDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.DigitalAssessments.AnyAsync(ct)) return;
        var index = DigitalLevelHandler.Index;
        var now = clock.GetUtcNow();
        var n = 0;
        foreach (var county in Counties)
        {
            for (var i = 0; i < PerCounty; i++, n++)
            {
                var uscc = Uscc.FromBody(string.Create(CultureInfo.InvariantCulture, $"91{county}MA2DG{n:D4}")).Value;
                var before = 0.1m + (n * 7 % 9) / 10m;          // 0.1 … 0.9, spread over the enterprises
                var after = Math.Min(1m, before + (i % 3) / 10m); // a third stay where they were
                db.DigitalAssessments.Add(Record(index, uscc, county, before, now.AddYears(-1).AddDays(-n)));
                db.DigitalAssessments.Add(Record(index, uscc, county, after, now.AddDays(-n - 1)));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static DigitalAssessmentRecord Record(DigitalLevelIndex index, string uscc, string county, decimal quality, DateTimeOffset at)
    {
        var answers = Answers(index, quality);
        var result = DigitalLevelScorer.Score(index, answers);
        return new DigitalAssessmentRecord
        {
            Uscc = uscc, RegionCode = county, IndexId = index.Id, AnswersJson = JsonSerializer.Serialize(answers), Total = result.Total,
            Level = result.Level, ActorId = "demo-seed", CompletedAt = at,
        };
    }

    /// <summary>Quality 0–1: how far along each option list the answer goes, and the scenario level (0–4).</summary>
    private static DigitalLevelAnswers Answers(DigitalLevelIndex index, decimal quality)
    {
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in index.Questions)
        {
            var options = q.Options.Select(o => o.Id).ToList();
            choices[q.Id] = q.IsMulti
                ? options.Take((int)Math.Round(quality * options.Count)).ToList()
                : [options[(int)Math.Round(quality * (options.Count - 1))]];
        }

        var level = (int)Math.Round(quality * 4);
        return new DigitalLevelAnswers(choices, index.Scenarios.Items.ToDictionary(s => s.Id, _ => level, StringComparer.Ordinal));
    }
}
