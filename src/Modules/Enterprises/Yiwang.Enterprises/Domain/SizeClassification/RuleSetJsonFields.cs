using System.Text.Json;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// One JSON object of a rule-set file, read field by field: a field of the wrong type or an unknown field (a typo such as
/// "threshold") is recorded as a problem and reading goes on, so the author sees every mistake in one go.
/// </summary>
internal sealed class RuleSetJsonFields
{
    private readonly JsonElement element;
    private readonly RuleSetProblems problems;

    private RuleSetJsonFields(JsonElement element, string path, RuleSetProblems problems)
    {
        this.element = element;
        Path = path;
        this.problems = problems;
    }

    public string Path { get; }

    /// <summary>The object at <paramref name="path"/>, or null (and a problem) when it is not an object.</summary>
    public static RuleSetJsonFields? Of(JsonElement element, string path, RuleSetProblems problems, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, "应为对象（{ … }）", "must be an object ({ … })");
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (allowed.Contains(property.Name, StringComparer.Ordinal)) continue;
            var near = allowed.OrderBy(a => Distance(a, property.Name)).First();
            var hint = Distance(near, property.Name) <= 3;
            problems.Add(Join(path, property.Name), hint ? $"不认识的字段“{property.Name}”，是否应为“{near}”？" : $"不认识的字段“{property.Name}”，请删去",
                hint ? $"unknown field '{property.Name}'; did you mean '{near}'?" : $"unknown field '{property.Name}'; remove it");
        }

        return new RuleSetJsonFields(element, path, problems);
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public string? String(string key)
    {
        if (!Present(key, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        WrongType(key, "文字（加引号）", "text (in quotes)");
        return null;
    }

    public int? Int(string key)
    {
        if (!Present(key, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)) return n;
        WrongType(key, "整数", "a whole number");
        return null;
    }

    public RuleSetJsonFields? Object(string key, params string[] allowed) =>
        Present(key, out var value) ? Of(value, Join(Path, key), problems, allowed) : null;

    /// <summary>The elements of an array field with their paths (<c>rows[2]</c>); null when absent.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)>? Array(string key)
    {
        if (!Present(key, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array) return [.. value.EnumerateArray().Select((e, i) => (e, $"{Join(Path, key)}[{i}]"))];
        WrongType(key, "列表（[ … ]）", "a list ([ … ])");
        return null;
    }

    public IReadOnlyList<string>? Strings(string key)
    {
        var items = Array(key);
        if (items is null) return null;
        var result = new List<string>(items.Count);
        foreach (var (item, path) in items)
        {
            if (item.ValueKind == JsonValueKind.String) result.Add(item.GetString()!);
            else problems.Add(path, "应为文字（加引号）", "must be text (in quotes)");
        }

        return result;
    }

    /// <summary>An object of numbers ({ "employees": 300 }); a value that is not a number is a problem and left out.</summary>
    public Dictionary<string, decimal>? Numbers(string key)
    {
        if (!Present(key, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            WrongType(key, "对象（{ \"指标\": 数值 }）", "an object ({ \"indicator\": number })");
            return null;
        }

        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDecimal(out var d)) result[property.Name] = d;
            else problems.Add(Join(Join(Path, key), property.Name), "应为数字（不加引号）", "must be a number (without quotes)");
        }

        return result;
    }

    private bool Present(string key, out JsonElement value) =>
        element.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;

    private void WrongType(string key, string zh, string en) => problems.Add(Join(Path, key), $"应为{zh}", $"must be {en}");

    /// <summary>Edit distance (two rows of the table), to suggest the field a typo meant.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
