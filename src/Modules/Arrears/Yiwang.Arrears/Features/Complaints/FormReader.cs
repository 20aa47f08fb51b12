using System.Globalization;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// Reads a posted form into a command's request: figures as people type them (<see cref="FormNumbers"/>: "12,5" is an
/// error, not 125), ISO dates from date fields, regions by name. What cannot be read becomes an error on its field, so
/// the page shows it beside the field together with the handler's own errors.
/// </summary>
internal sealed class FormReader(FormModel form)
{
    public FieldErrors Errors { get; } = new();

    public string? Text(string name) => string.IsNullOrWhiteSpace(form.Value(name)) ? null : form.Value(name)!.Trim();

    public bool Checked(string name) => form.IsChecked(name);

    public decimal? Decimal(string name, Bilingual what)
    {
        if (Text(name) is not { } text) return null;
        if (FormNumbers.TryParseDecimal(text, out var value)) return value;
        Errors.Add(name, $"{what.Zh}“{text}”不是数字，请填写如 1250.5 或 1,250.5", $"The {what.En} '{text}' is not a number; write it like 1250.5 or 1,250.5");
        return null;
    }

    public int? Integer(string name, Bilingual what)
    {
        if (Text(name) is not { } text) return null;
        if (FormNumbers.TryParseInteger(text, out var value) && value is >= int.MinValue and <= int.MaxValue) return (int)value;
        Errors.Add(name, $"{what.Zh}“{text}”不是整数", $"The {what.En} '{text}' is not a whole number");
        return null;
    }

    public DateOnly? Date(string name, Bilingual what)
    {
        if (Text(name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add(name, $"{what.Zh}“{text}”不是有效日期，请从日历中选择", $"The {what.En} '{text}' is not a valid date; pick it from the calendar");
        return null;
    }

    /// <summary>A region picker's text ("西湖区", "浙江省 杭州市 西湖区 · 330106") as its code; null when empty or not found (with the error).</summary>
    public string? Region(string name, RegionCode? within = null)
    {
        if (Text(name) is not { } text) return null;
        var found = RegionDirectory.Default.Resolve(text, within);
        if (found.Code is { } code) return code.Value;
        if (found.Error is { } error)
            Errors.Add(name, found.Candidates.Count == 0 ? error
                : new($"{error.Zh}：{string.Join("；", found.Candidates)}", $"{error.En}: {string.Join("; ", found.Candidates)}"));
        return null;
    }
}
