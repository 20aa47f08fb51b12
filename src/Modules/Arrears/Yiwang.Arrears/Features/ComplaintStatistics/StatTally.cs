using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>Cases of one status, respondent type and sub-region, with amounts in yuan.</summary>
internal sealed record StatGroup(ComplaintStatus Status, RespondentType RespondentType, string Region, long Count, decimal Claimed, decimal Recovered);

/// <summary>
/// The figures that add up across periods: grouped counts and the two day-count histograms. The counts table gives
/// whole months; the cases themselves give the days at the edges of a range that does not start or end on a month
/// boundary; <see cref="Add"/> joins them.
/// </summary>
internal sealed class StatTally
{
    public List<StatGroup> Groups { get; } = [];
    public Dictionary<int, long> Acceptance { get; } = [];
    public Dictionary<int, long> Handling { get; } = [];

    public void Add(StatTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Groups.AddRange(other.Groups);
        foreach (var (days, n) in other.Acceptance) Acceptance[days] = Acceptance.GetValueOrDefault(days) + n;
        foreach (var (days, n) in other.Handling) Handling[days] = Handling.GetValueOrDefault(days) + n;
    }

    /// <summary>Median and mean from counts per whole number of days (a few hundred entries at most).</summary>
    public static DurationStat Duration(Dictionary<int, long> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var ordered = histogram.Where(h => h.Value > 0).OrderBy(h => h.Key).ToList();
        var n = ordered.Sum(h => h.Value);
        if (n == 0) return new DurationStat(0, null, null);
        double At(long index)
        {
            long seen = 0;
            foreach (var h in ordered)
            {
                seen += h.Value;
                if (index < seen) return h.Key;
            }
            return ordered[^1].Key;
        }
        var median = n % 2 == 1 ? At(n / 2) : (At(n / 2 - 1) + At(n / 2)) / 2;
        var average = Math.Round(ordered.Sum(h => (double)h.Key * h.Value) / n, 1);
        return new DurationStat((int)n, median, average);
    }
}
