namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>Who acts and when; <see cref="Today"/> is the date in China Standard Time, the date deadlines count from.</summary>
internal sealed record CaseActor(string UserId, string Role, DateTimeOffset Now)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateOnly Today => ChinaDate(Now);

    /// <summary>China has had one offset (UTC+8, no daylight saving) since 1991, so a fixed offset is exact here.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);
}
