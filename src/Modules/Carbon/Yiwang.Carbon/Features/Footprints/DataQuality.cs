using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// One input's data-quality ratings on the PACT / Pathfinder scale: 1 (good) to 3 (poor), decimals allowed, for the
/// five indicators the PACT <c>dqi</c> object carries (technological, temporal and geographical representativeness,
/// completeness, reliability). ISO 14067 asks that data quality be assessed; PACT makes these fields mandatory for
/// reference periods from 2025 on.
/// </summary>
internal sealed record DqrRating(double? Technological, double? Temporal, double? Geographical, double? Completeness, double? Reliability);

/// <summary>One row of the report's data-quality table: a contributing input and its ratings, or none (not assessed).</summary>
internal sealed record DqrRow(string Zh, string En, double KgCo2e, double Share, bool Primary, DqrRating? Rating);

/// <param name="CoveragePercent">Share of the footprint (by absolute contribution) whose inputs were rated, 0–100.</param>
/// <param name="Overall">The footprint's weighted ratings, or null when nothing was rated ("not assessed").</param>
/// <param name="OverallDqr">Mean of the five weighted indicators (one headline number), or null when not assessed.</param>
internal sealed record DataQualityReport(IReadOnlyList<DqrRow> Rows, double CoveragePercent, DqrRating? Overall, double? OverallDqr)
{
    public bool Assessed => Overall is not null;
}

/// <summary>
/// Validates ratings and weights them by each input's absolute contribution to the footprint, as PACT asks for a
/// footprint-level DQR: inputs without ratings count towards neither the DQR nor the coverage.
/// </summary>
internal static class DataQuality
{
    public const double Best = 1;
    public const double Worst = 3;

    public static readonly IReadOnlyList<(string Key, string Zh, string En)> Indicators =
    [
        ("technological", "技术代表性", "Technological representativeness"),
        ("temporal", "时间代表性", "Temporal representativeness"),
        ("geographical", "地理代表性", "Geographical representativeness"),
        ("completeness", "完整性", "Completeness"),
        ("reliability", "可靠性", "Reliability"),
    ];

    /// <summary>Ratings are keyed by the input's English name as the result lists it (<see cref="ProcessShare.En"/>).</summary>
    /// <exception cref="ProductModelException">An unknown input, a missing indicator or a value outside 1–3.</exception>
    public static void Validate(IReadOnlyDictionary<string, DqrRating>? ratings, FootprintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var (key, rating) in ratings ?? new Dictionary<string, DqrRating>())
        {
            if (!result.ByProcess.Any(p => p.En == key))
                throw new ProductModelException($"没有名为“{key}”的投入或过程", $"There is no input or process named '{key}' in this footprint", $"dataQuality.{key}");
            var values = Values(rating);
            for (var i = 0; i < Indicators.Count; i++)
            {
                if (values[i] is not { } v || double.IsNaN(v) || v < Best || v > Worst)
                    throw new ProductModelException($"{Indicators[i].Zh}评分应在 1（好）至 3（差）之间", $"{Indicators[i].En} must be rated from 1 (good) to 3 (poor)",
                        $"dataQuality.{key}.{Indicators[i].Key}");
            }
        }
    }

    public static DataQualityReport Assess(FootprintResult result, IReadOnlyDictionary<string, DqrRating>? ratings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ratings ??= new Dictionary<string, DqrRating>();
        var rows = result.ByProcess.Select(p => new DqrRow(p.Zh, p.En, p.KgCo2e, p.Share, p.Primary, ratings.GetValueOrDefault(p.En))).ToList();
        var total = rows.Sum(r => Math.Abs(r.KgCo2e));
        var rated = rows.Where(r => r.Rating is not null && r.KgCo2e != 0).ToList();
        var weight = rated.Sum(r => Math.Abs(r.KgCo2e));
        if (rated.Count == 0 || weight == 0 || total == 0) return new DataQualityReport(rows, 0, null, null);

        var sums = new double[Indicators.Count];
        foreach (var r in rated)
        {
            var values = Values(r.Rating!);
            for (var i = 0; i < sums.Length; i++) sums[i] += Math.Abs(r.KgCo2e) * values[i]!.Value;
        }

        var overall = sums.Select(s => Math.Round(s / weight, 2)).ToArray();
        return new DataQualityReport(rows, Math.Round(100 * weight / total, 1),
            new DqrRating(overall[0], overall[1], overall[2], overall[3], overall[4]), Math.Round(overall.Average(), 2));
    }

    public static double?[] Values(DqrRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return [rating.Technological, rating.Temporal, rating.Geographical, rating.Completeness, rating.Reliability];
    }
}
