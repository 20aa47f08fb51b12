using System.Text.RegularExpressions;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// One thing wrong with a rule-set file. <see cref="Path"/> is where in the JSON (<c>rows[1] (industry).thresholds</c>),
/// for the CLI and the file's author; <see cref="Text"/> says the same in plain words with the row's number and name.
/// </summary>
internal sealed partial record RuleSetProblem(string Path, Bilingual What, string? RowNameZh = null, string? RowNameEn = null)
{
    public Bilingual Text
    {
        get
        {
            var where = Where();
            return new($"{where.Zh}：{What.Zh}", $"{where.En}: {What.En}");
        }
    }

    private Bilingual Where()
    {
        if (string.IsNullOrEmpty(Path)) return new("文件", "The file");
        var row = RowPath().Match(Path);
        if (!row.Success) return new($"字段 {Path}", $"Field {Path}");
        var number = int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var id = row.Groups[2].Success ? row.Groups[2].Value : null;
        var rest = row.Groups[3].Value.TrimStart('.');
        var nameZh = RowNameZh ?? id;
        var nameEn = RowNameEn ?? id;
        return new(
            $"第 {number} 行{(nameZh is null ? "" : $"（{nameZh}）")}{(rest.Length == 0 ? "" : $"的 {rest}")}",
            $"Row {number}{(nameEn is null ? "" : $" ({nameEn})")}{(rest.Length == 0 ? "" : $", {rest}")}");
    }

    [GeneratedRegex(@"^rows\[(\d+)\](?: \(([^)]*)\))?(.*)$")]
    private static partial Regex RowPath();
}

/// <summary>A rule-set file is malformed: every problem found, each naming the row and field (<see cref="Problems"/>).</summary>
internal sealed class RuleSetFormatException : Exception
{
    public RuleSetFormatException(string origin, IReadOnlyList<RuleSetProblem> problems)
        : base($"{origin}: {string.Join("; ", problems.Select(p => string.IsNullOrEmpty(p.Path) ? p.What.En : $"{p.Path}: {p.What.En}"))}")
    {
        Problems = problems;
    }

    public RuleSetFormatException(string message) : base(message) => Problems = [new(string.Empty, new(message, message))];

    public RuleSetFormatException(string message, Exception inner) : base(message, inner) => Problems = [new(string.Empty, new(message, message))];

    public RuleSetFormatException() : this("The rule-set file is invalid") { }

    public IReadOnlyList<RuleSetProblem> Problems { get; }
}

/// <summary>Collects every problem of one file (up to <see cref="Limit"/>) instead of stopping at the first.</summary>
internal sealed class RuleSetProblems
{
    public const int Limit = 200;
    private readonly List<RuleSetProblem> list = [];
    private readonly Dictionary<int, (string? Zh, string? En)> rowNames = [];

    public bool Any => list.Count > 0;

    public IReadOnlyList<RuleSetProblem> All => list;

    /// <summary>Whether a field already has a problem (a value of the wrong type is not also "missing").</summary>
    public bool HasProblemAt(string path) => list.Exists(p => p.Path == path);

    public void NameRow(int index, string? zh, string? en) => rowNames[index] = (zh, en);

    public void Add(string path, string zh, string en)
    {
        if (list.Count >= Limit) return;
        var index = path.StartsWith("rows[", StringComparison.Ordinal) && int.TryParse(path.AsSpan(5, Math.Max(0, path.IndexOf(']', StringComparison.Ordinal) - 5)), out var i) ? i : -1;
        var (nameZh, nameEn) = index >= 0 && rowNames.TryGetValue(index, out var n) ? n : (null, null);
        list.Add(new RuleSetProblem(path, new Bilingual(zh, en), nameZh, nameEn));
    }
}
