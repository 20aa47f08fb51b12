using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintRollup;

/// <summary>The identity of a counts cell: every column of <see cref="CaseStatCell"/> but the counts.</summary>
internal readonly record struct CellKey(short Grain, CaseStatKind Kind, string AcceptingRegion, string HandlingRegion, int Month,
    string Region, string Status, string RespondentType, int Days) : IComparable<CellKey>
{
    /// <summary>
    /// One total order for every writer, so that two transactions upserting overlapping cells lock them in the same
    /// order and cannot deadlock on PostgreSQL.
    /// </summary>
    public int CompareTo(CellKey other)
    {
        var c = Grain.CompareTo(other.Grain);
        if (c == 0) c = Kind.CompareTo(other.Kind);
        if (c == 0) c = string.CompareOrdinal(AcceptingRegion, other.AcceptingRegion);
        if (c == 0) c = string.CompareOrdinal(HandlingRegion, other.HandlingRegion);
        if (c == 0) c = Month.CompareTo(other.Month);
        if (c == 0) c = string.CompareOrdinal(Region, other.Region);
        if (c == 0) c = string.CompareOrdinal(Status, other.Status);
        if (c == 0) c = string.CompareOrdinal(RespondentType, other.RespondentType);
        return c == 0 ? Days.CompareTo(other.Days) : c;
    }
}

/// <summary>How much a cell changes: cases and amounts in fen (negative when a case leaves the cell).</summary>
internal readonly record struct CellCount(long Cases, long ClaimedFen, long RecoveredFen)
{
    public static CellCount operator +(CellCount a, CellCount b) => new(a.Cases + b.Cases, a.ClaimedFen + b.ClaimedFen, a.RecoveredFen + b.RecoveredFen);
    public static CellCount operator -(CellCount a) => new(-a.Cases, -a.ClaimedFen, -a.RecoveredFen);
    public bool IsZero => Cases == 0 && ClaimedFen == 0 && RecoveredFen == 0;
}

/// <summary>The columns of a case the counts depend on (read from an entity, its original values, or a projection).</summary>
internal sealed record CaseFacts(ComplaintStatus Status, RespondentType RespondentType, string RespondentRegion, string AcceptingRegion,
    string? HandlingRegion, DateOnly? SubmittedOn, DateOnly? AcceptedOn, DateOnly? ForwardedOn, DateOnly? ResolvedOn, DateOnly? ClosedOn,
    decimal AmountOwedYuan, decimal? RecoveredYuan)
{
    public static CaseFacts Of(ComplaintCase c) => new(c.Status, c.RespondentType, c.RespondentRegion, c.AcceptingRegion, c.HandlingRegion,
        c.SubmittedOn, c.AcceptedOn, c.ForwardedOn, c.ResolvedOn, c.ClosedOn, c.AmountOwedYuan, c.RecoveredYuan);
}

/// <summary>
/// The cells one case counts in — the single definition that the transaction hook, the backfill and the drift check
/// share. Drafts count nowhere (no official sees them). Day counts are calendar days, as on the dashboard.
/// </summary>
internal static class CaseStatCells
{
    public static readonly short[] Grains = [0, 2, 4, 6];

    public static IEnumerable<(CellKey Key, CellCount Count)> Of(CaseFacts c) => Grains.SelectMany(grain => Of(c, grain));

    /// <summary>The cells of one grain only (the recount works grain by grain).</summary>
    public static IEnumerable<(CellKey Key, CellCount Count)> Of(CaseFacts c, short grain)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Status == ComplaintStatus.Draft) yield break;
        var month = Month(c.SubmittedOn);
        var one = new CellCount(1, 0, 0);
        var accepting = Cut(c.AcceptingRegion, grain);
        var handling = Cut(c.HandlingRegion, grain);
        yield return (new CellKey(grain, CaseStatKind.Cases, accepting, handling, month, Cut(c.RespondentRegion, SubRegionLength(grain)),
            c.Status.ToString(), c.RespondentType.ToString(), 0), new CellCount(1, Fen(c.AmountOwedYuan), Fen(c.RecoveredYuan ?? 0m)));
        if (c.AcceptedOn is { } accepted && c.SubmittedOn is { } submitted)
            yield return (new CellKey(grain, CaseStatKind.AcceptanceDays, accepting, handling, month, "", "", "", accepted.DayNumber - submitted.DayNumber), one);
        if (c.ResolvedOn is { } resolved && c.ForwardedOn is { } forwarded)
            yield return (new CellKey(grain, CaseStatKind.HandlingDays, accepting, handling, month, "", "", "", resolved.DayNumber - forwarded.DayNumber), one);
        if (c.ClosedOn is { } closed)
            yield return (new CellKey(grain, CaseStatKind.Concluded, accepting, handling, Month(closed), "", "", "", 0), one);
    }

    /// <summary>What to add to the table when a case goes from <paramref name="before"/> to <paramref name="after"/> (null = absent).</summary>
    public static void AddChange(IDictionary<CellKey, CellCount> into, CaseFacts? before, CaseFacts? after)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (before is not null) foreach (var (key, count) in Of(before)) Add(into, key, -count);
        if (after is not null) foreach (var (key, count) in Of(after)) Add(into, key, count);
    }

    public static void Add(IDictionary<CellKey, CellCount> into, CellKey key, CellCount count)
    {
        ArgumentNullException.ThrowIfNull(into);
        into[key] = into.TryGetValue(key, out var existing) ? existing + count : count;
    }

    /// <summary>The respondent-region digits kept at a grain: one level below the officials of that grain.</summary>
    public static int SubRegionLength(int grain) => grain switch { 0 => 2, 2 => 4, _ => 6 };

    public static int Month(DateOnly? date) => date is { } d ? d.Year * 100 + d.Month : 0;

    private static string Cut(string? region, int length) =>
        region is null ? string.Empty : region.Length <= length ? region : region[..length];

    private static long Fen(decimal yuan) => (long)Math.Round(yuan * 100m, MidpointRounding.AwayFromZero);
}
