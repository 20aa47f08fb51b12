using System.Globalization;
using System.Text.RegularExpressions;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>
/// The notes of timeline entries that carry facts as well as words. They are stored in a stable, compact form (the API
/// returns them as stored: <c>"+30: 涉及多份合同"</c>, <c>"Handling: 2025-10-16 → 2025-10-17, final (…)"</c>); pages show
/// them through <see cref="Describe"/>, which turns codes into names. The writers and the reader live here together so
/// the two cannot drift apart.
/// </summary>
internal static partial class CaseEventNotes
{
    public static string Rejected(RejectionReason reason, string? note) => $"{reason}: {note}";

    public static string Forwarded(RoutingDecision route, string? note) => $"{route.Region} {route.Department} ({route.RuleId}) {note}".TrimEnd();

    public static string Extension(int days, string? text) => $"+{days.ToString(CultureInfo.InvariantCulture)}: {text}";

    public static string Resolved(ComplaintOutcome outcome, string feedback) => $"{outcome}: {feedback}";

    public static string PlanPayment(int sequence, DateOnly paidOn, decimal amountYuan) =>
        FormattableString.Invariant($"#{sequence} {paidOn:yyyy-MM-dd} {amountYuan:0.00}");

    public static string PlanOverdue(PlanInstallment i) =>
        FormattableString.Invariant($"#{i.Sequence} {i.DueOn:yyyy-MM-dd} {i.AmountYuan:0.00} (paid {i.PaidYuan ?? 0:0.00})");

    public static string Recomputed(DeadlineKind kind, DateOnly before, DateOnly after, bool provisional, string calendarVersion) =>
        FormattableString.Invariant($"{kind}: {before:yyyy-MM-dd} → {after:yyyy-MM-dd}, {(provisional ? "provisional" : "final")} ({calendarVersion})");

    /// <summary>The note for people, in the current language; notes without codes come back as written.</summary>
    public static string Describe(string action, string? note)
    {
        if (string.IsNullOrEmpty(note)) return string.Empty;
        return action switch
        {
            "rejected" when CodeAndText().Match(note) is { Success: true } m && Enum.TryParse<RejectionReason>(m.Groups[1].Value, out var reason) =>
                Join(Labels.Of(reason).Current, m.Groups[2].Value),
            "resolved" when CodeAndText().Match(note) is { Success: true } m && Enum.TryParse<ComplaintOutcome>(m.Groups[1].Value, out var outcome) =>
                Join(Labels.Of(outcome).Current, m.Groups[2].Value),
            "forwarded" when ForwardedNote().Match(note) is { Success: true } m => Join(
                $"{RegionName(m.Groups[1].Value)} {DepartmentName(m.Groups[2].Value)}", m.Groups[4].Value),
            "extension.requested" or "extension.approved" or "extension.refused" when ExtensionNote().Match(note) is { Success: true } m =>
                Join(Bilingual.T($"延长 {m.Groups[1].Value} 日", $"{m.Groups[1].Value} more days"), m.Groups[2].Value),
            "plan.payment" when PaymentNote().Match(note) is { Success: true } m => Bilingual.T(
                $"第 {m.Groups[1].Value} 期，{Figures.Date(Day(m.Groups[2].Value))}付款 {Figures.Yuan(Money(m.Groups[3].Value))} 元",
                $"Instalment {m.Groups[1].Value}: {Figures.Yuan(Money(m.Groups[3].Value))} yuan paid on {Figures.Date(Day(m.Groups[2].Value))}"),
            "plan.overdue" when OverdueNote().Match(note) is { Success: true } m => Bilingual.T(
                $"第 {m.Groups[1].Value} 期（{Figures.Date(Day(m.Groups[2].Value))}，{Figures.Yuan(Money(m.Groups[3].Value))} 元）逾期未付清，已付 {Figures.Yuan(Money(m.Groups[4].Value))} 元",
                $"Instalment {m.Groups[1].Value} ({Figures.Yuan(Money(m.Groups[3].Value))} yuan due {Figures.Date(Day(m.Groups[2].Value))}) not paid in full; {Figures.Yuan(Money(m.Groups[4].Value))} yuan paid"),
            "deadline.recomputed" when RecomputedNote().Match(note) is { Success: true } m && Enum.TryParse<DeadlineKind>(m.Groups[1].Value, out var kind) =>
                Bilingual.T(
                    $"{Labels.Of(kind).Zh}期限：{Figures.Date(Day(m.Groups[2].Value))} → {Figures.Date(Day(m.Groups[3].Value))}（{(m.Groups[4].Value == "provisional" ? "临时期限" : "已确定")}，按新的工作日历重算）",
                    $"{Labels.Of(kind).En} deadline: {Figures.Date(Day(m.Groups[2].Value))} → {Figures.Date(Day(m.Groups[3].Value))} ({(m.Groups[4].Value == "provisional" ? "provisional" : "final")}, recomputed on the corrected work calendar)"),
            _ => note,
        };
    }

    private static string Join(string head, string? rest) =>
        string.IsNullOrWhiteSpace(rest) ? head : Bilingual.T($"{head}：{rest.Trim()}", $"{head}: {rest.Trim()}");

    private static string RegionName(string code) => RegionNames.Of(code);

    /// <summary>Departments are stored as "中文 / English" (see <see cref="RoutingRuleSet"/>).</summary>
    public static string DepartmentName(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return string.Empty;
        var parts = stored.Split(" / ", 2);
        return parts.Length == 2 ? Bilingual.T(parts[0], parts[1]) : stored;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([A-Za-z]+): ?(.*)$", RegexOptions.Singleline)]
    private static partial Regex CodeAndText();

    [GeneratedRegex(@"^(\d{6}) (.+?) \(([^()]*)\) ?(.*)$", RegexOptions.Singleline)]
    private static partial Regex ForwardedNote();

    [GeneratedRegex(@"^\+(\d+): ?(.*)$", RegexOptions.Singleline)]
    private static partial Regex ExtensionNote();

    [GeneratedRegex(@"^#(\d+) (\d{4}-\d{2}-\d{2}) (-?[0-9.]+)$")]
    private static partial Regex PaymentNote();

    [GeneratedRegex(@"^#(\d+) (\d{4}-\d{2}-\d{2}) (-?[0-9.]+) \(paid (-?[0-9.]+)\)$")]
    private static partial Regex OverdueNote();

    [GeneratedRegex(@"^([A-Za-z]+): (\d{4}-\d{2}-\d{2}) → (\d{4}-\d{2}-\d{2}), (provisional|final) \((.*)\)$")]
    private static partial Regex RecomputedNote();
}
