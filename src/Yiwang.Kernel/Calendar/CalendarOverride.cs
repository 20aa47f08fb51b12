namespace Yiwang.Kernel.Calendar;

/// <summary>
/// One listed date. <paramref name="NoticeYear"/> is the year of the notice that set it, which is not always the
/// date's year: a notice for year Y may move a late-December day of Y-1 (the 2019 notice made 2018-12-29 a make-up day).
/// </summary>
internal sealed record CalendarOverride(DateOnly Date, bool IsOffDay, string Name, int NoticeYear);
