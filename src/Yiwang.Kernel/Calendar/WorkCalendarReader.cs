using System.Globalization;
using System.Text.Json;

namespace Yiwang.Kernel.Calendar;

/// <summary>
/// Reads and checks a calendar file (format in docs/user-guide/work-calendar.md). Every error names the file and the
/// entry, because these files are typed in by an administrator from a State Council notice.
/// </summary>
internal static class WorkCalendarReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static WorkCalendar Read(Stream json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: not valid JSON ({ex.Message})", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error(origin, "the file must hold one JSON object");
            if (!root.TryGetProperty("formatVersion", out var format) || format.ValueKind != JsonValueKind.Number || format.GetInt32() != 1)
            {
                throw Error(origin, "\"formatVersion\" must be 1");
            }

            var years = ReadYears(root, origin);
            var papers = ReadPapers(root, origin, years);
            var overrides = ReadDays(root, origin, years);
            return new WorkCalendar(Text(root, "source", origin), Text(root, "version", origin), years, papers, overrides);
        }
    }

    private static HashSet<int> ReadYears(JsonElement root, string origin)
    {
        if (!root.TryGetProperty("years", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw Error(origin, "\"years\" must list the covered years, e.g. [2024, 2025]");
        }

        var years = new HashSet<int>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var year) || year is < 1900 or > 9998)
            {
                throw Error(origin, $"\"years\": {item.GetRawText()} is not a year");
            }

            if (!years.Add(year)) throw Error(origin, $"\"years\": {year} appears twice");
        }

        return years;
    }

    private static Dictionary<int, IReadOnlyList<string>> ReadPapers(JsonElement root, string origin, HashSet<int> years)
    {
        if (!root.TryGetProperty("papers", out var map) || map.ValueKind != JsonValueKind.Object)
        {
            throw Error(origin, "\"papers\" must map each year to the URLs of its State Council notice");
        }

        var papers = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var entry in map.EnumerateObject())
        {
            if (!int.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !years.Contains(year))
            {
                throw Error(origin, $"\"papers\": \"{entry.Name}\" is not one of the years listed in \"years\"");
            }

            if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.EnumerateArray().Any(u => u.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(u.GetString())))
            {
                throw Error(origin, $"\"papers\".\"{entry.Name}\" must be a list of URLs");
            }

            papers[year] = [.. entry.Value.EnumerateArray().Select(u => u.GetString()!)];
        }

        if (years.Where(y => !papers.ContainsKey(y) || papers[y].Count == 0).Order().FirstOrDefault() is var bare and not 0)
        {
            throw Error(origin, $"year {bare} has no notice in \"papers\"; every covered year cites the notice it comes from");
        }

        return papers;
    }

    private static List<CalendarOverride> ReadDays(JsonElement root, string origin, HashSet<int> years)
    {
        if (!root.TryGetProperty("days", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw Error(origin, "\"days\" must be a list of {\"date\", \"name\", \"isOffDay\"} entries");
        }

        var overrides = new List<CalendarOverride>();
        var seen = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var entry = ReadDay(item, $"days[{index}]", origin, years);
            if (!seen.TryAdd(entry.Date, index))
            {
                throw Error(origin, $"days[{index}] {entry.Date:yyyy-MM-dd}: the date is listed twice (also days[{seen[entry.Date]}])");
            }

            overrides.Add(entry);
            index++;
        }

        // An empty year is what an unpublished notice looks like (holiday-cn's 2027.json was empty in 2026-08); listing
        // it would make the calendar treat that year's Spring Festival as ordinary working days.
        if (years.Where(y => !overrides.Any(o => o.NoticeYear == y)).Order().FirstOrDefault() is var empty and not 0)
        {
            throw Error(origin, $"year {empty} is listed in \"years\" but no day belongs to it; enter the notice's dates first");
        }

        return overrides;
    }

    private static CalendarOverride ReadDay(JsonElement item, string at, string origin, HashSet<int> years)
    {
        if (item.ValueKind != JsonValueKind.Object) throw Error(origin, $"{at}: must be an object");
        var text = Text(item, "date", origin, at);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error(origin, $"{at}: \"{text}\" is not a date (YYYY-MM-DD)");
        }

        at = $"{at} {text}";
        var name = Text(item, "name", origin, at);
        if (!item.TryGetProperty("isOffDay", out var off) || off.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Error(origin, $"{at}: \"isOffDay\" must be true (day off) or false (make-up working day)");
        }

        var weekday = date.DayOfWeek.ToString()[..3];
        if (item.TryGetProperty("weekday", out var given) && !string.Equals(given.GetString(), weekday, StringComparison.OrdinalIgnoreCase))
        {
            throw Error(origin, $"{at}: \"weekday\" is {given.GetRawText()} but the date is a {weekday}");
        }

        if (!off.GetBoolean() && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw Error(origin, $"{at}: a make-up working day (isOffDay=false) must be a Saturday or Sunday, but this is a {weekday}");
        }

        var noticeYear = date.Year;
        if (item.TryGetProperty("noticeYear", out var notice) && (notice.ValueKind != JsonValueKind.Number || !notice.TryGetInt32(out noticeYear)))
        {
            throw Error(origin, $"{at}: \"noticeYear\" must be a year");
        }

        if (!years.Contains(noticeYear))
        {
            throw Error(origin, $"{at}: belongs to the {noticeYear} notice, but {noticeYear} is not listed in \"years\"");
        }

        if (Math.Abs(noticeYear - date.Year) > 1)
        {
            throw Error(origin, $"{at}: a {noticeYear} notice can only move days of {noticeYear - 1}–{noticeYear + 1}");
        }

        return new CalendarOverride(date, off.GetBoolean(), name, noticeYear);
    }

    private static string Text(JsonElement element, string property, string origin, string? at = null) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw Error(origin, $"{(at is null ? "" : at + ": ")}\"{property}\" is missing or empty");

    private static InvalidDataException Error(string origin, string message) => new($"{origin}: {message}");
}
