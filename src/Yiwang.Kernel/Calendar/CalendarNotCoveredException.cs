using System.Globalization;

namespace Yiwang.Kernel.Calendar;

/// <summary>
/// A computation needed a date in a year the calendar has no State Council notice for. Guessing Mon–Fri there would
/// miscount every Spring Festival and National Day, so the caller must add the notice (docs/user-guide/work-calendar.md).
/// </summary>
public sealed class CalendarNotCoveredException : InvalidOperationException
{
    public CalendarNotCoveredException(DateOnly date, IReadOnlyList<int> coveredYears, string calendarVersion)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"The work calendar ({calendarVersion}) has no holiday arrangement for {date.Year} (needed for {date:yyyy-MM-dd}); it covers {Describe(coveredYears)}. Add the State Council notice for {date.Year}."))
    {
        ArgumentNullException.ThrowIfNull(coveredYears);
        Date = date;
        CoveredYears = coveredYears;
        MessageZh = string.Create(CultureInfo.InvariantCulture,
            $"工作日历（{calendarVersion}）没有 {date.Year} 年的节假日安排（计算需要 {date:yyyy-MM-dd}），现有年份：{Describe(coveredYears)}。请先录入国务院办公厅 {date.Year} 年部分节假日安排的通知。");
    }

    public DateOnly Date { get; }

    public int Year => Date.Year;

    public IReadOnlyList<int> CoveredYears { get; }

    public string MessageZh { get; }

    private static string Describe(IReadOnlyList<int> years) =>
        years is null || years.Count == 0 ? "none" : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}
