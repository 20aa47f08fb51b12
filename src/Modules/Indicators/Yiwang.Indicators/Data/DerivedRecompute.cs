using Microsoft.EntityFrameworkCore;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features;

namespace Yiwang.Indicators.Data;

/// <summary>
/// Keeps the stored values of formula indicators (5G share, 5G base stations per 10,000 people) in step with their
/// inputs. Called after an import, a correction and the reference seed; it writes a value only where none was entered
/// by a person or a data file, so a published figure always wins over the computed one (the observations answer shows
/// both). A changed input gives the computed value a new revision with origin <c>derived</c>, like any other change.
/// Running it twice changes nothing, so the start-up seed also repairs a recompute that an interrupted request missed.
/// </summary>
internal static class DerivedRecompute
{
    /// <summary>The <see cref="ObservationRecord.UpdatedBy"/> of values the formula wrote; only those are ever rewritten.</summary>
    public const string Actor = "formula";

    public const string Origin = "derived";

    /// <summary>Recomputes every formula indicator that uses one of <paramref name="changed"/> (indicator, region) and saves.</summary>
    public static async Task<int> ApplyAsync(IndicatorsDbContext db, IndicatorCatalogue catalogue, IEnumerable<(string Indicator, string Region)> changed,
        DateTimeOffset now, CancellationToken ct)
    {
        var written = 0;
        var work = changed.Distinct().ToList();
        foreach (var indicator in catalogue.Indicators.Where(i => i.Formula is not null))
        {
            var formula = indicator.Formula!;
            foreach (var region in work.Where(c => c.Indicator == formula.Numerator || c.Indicator == formula.Denominator).Select(c => c.Region).Distinct())
                written += await RecomputeAsync(db, indicator, formula, region, now, ct);
        }

        if (written > 0) await db.SaveChangesAsync(ct);
        return written;
    }

    /// <summary>Every formula indicator in every region that has one of its inputs (the seed's full pass).</summary>
    public static async Task<int> ApplyAllAsync(IndicatorsDbContext db, IndicatorCatalogue catalogue, DateTimeOffset now, CancellationToken ct)
    {
        var inputs = catalogue.Indicators.Where(i => i.Formula is not null).SelectMany(i => new[] { i.Formula!.Numerator, i.Formula.Denominator })
            .Distinct().ToArray();
        var present = await db.Observations.AsNoTracking().Where(o => inputs.Contains(o.Indicator))
            .Select(o => new { o.Indicator, o.Region }).Distinct().ToListAsync(ct);
        return await ApplyAsync(db, catalogue, present.Select(p => (p.Indicator, p.Region)), now, ct);
    }

    private static async Task<int> RecomputeAsync(IndicatorsDbContext db, Indicator indicator, IndicatorFormula formula,
        string region, DateTimeOffset now, CancellationToken ct)
    {
        var codes = new[] { indicator.Code, formula.Numerator, formula.Denominator };
        var rows = await db.Observations.Where(o => codes.Contains(o.Indicator) && o.Region == region).ToListAsync(ct);
        var numerator = rows.Where(r => r.Indicator == formula.Numerator).ToDictionary(r => r.PeriodIndex);
        var denominator = rows.Where(r => r.Indicator == formula.Denominator).ToDictionary(r => r.PeriodIndex);
        var stored = rows.Where(r => r.Indicator == indicator.Code).ToDictionary(r => r.PeriodIndex);
        var written = 0;
        foreach (var (index, n) in numerator.OrderBy(x => x.Key))
        {
            if (!denominator.TryGetValue(index, out var d) || d.Value == 0) continue;
            var value = Math.Round(n.Value / d.Value * formula.Factor, 2);
            var computed = new Observation(indicator.Code, region, Period.FromIndex(index), value, ObservationStatus.Derived, Weaker(n.Confidence, d.Confidence),
                DerivedValues.FormulaSource, $"{CatalogueLoader.Format(n.Value)} ÷ {CatalogueLoader.Format(d.Value)} × {CatalogueLoader.Format(formula.Factor)} = {CatalogueLoader.Format(value)}", n.LowerBound);
            var reason = $"由公式重算：{formula.Numerator} / {formula.Denominator} / recomputed from the formula over {formula.Numerator} and {formula.Denominator}";
            if (!stored.TryGetValue(index, out var record))
            {
                record = computed.ToRecord(now, Actor);
                db.Observations.Add(record);
                db.Revisions.Add(record.Snapshot(Origin, reason));
                written++;
            }
            else if (record.UpdatedBy == Actor && (record.Value != computed.Value || record.Note != computed.Note || record.Confidence != computed.Confidence
                || record.LowerBound != computed.LowerBound))
            {
                ObservationChange.Apply(record, computed, now, Actor);
                db.Revisions.Add(record.Snapshot(Origin, reason));
                written++;
            }
        }

        return written;
    }

    /// <summary>A computed value is only as trustworthy as its weaker input.</summary>
    private static string Weaker(string a, string b)
    {
        static int Rank(string c) => c switch { "official" => 0, "secondary" => 1, _ => 2 };
        return Rank(a) >= Rank(b) ? a : b;
    }
}
