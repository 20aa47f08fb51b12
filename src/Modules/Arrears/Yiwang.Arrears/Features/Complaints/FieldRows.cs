using System.Globalization;
using System.Text.RegularExpressions;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// Forms with repeated rows (contracts, plan instalments) send the handler only the rows that were filled in; the
/// handler numbers its errors by what it got (<c>contracts[0]</c>), the page shows them on the row they were typed in.
/// </summary>
internal static partial class FieldRows
{
    /// <summary>The indexes of the rows of <paramref name="prefix"/> that have anything typed in them.</summary>
    public static IReadOnlyList<int> Filled(Kernel.Web.Forms.FormModel form, string prefix, int rows, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. Enumerable.Range(0, rows).Where(i => fields.Any(f => !string.IsNullOrWhiteSpace(form.Value($"{prefix}[{i}].{f}"))))];
    }

    /// <summary><c>contracts[1].amountYuan</c> of the request becomes <c>contracts[2].amountYuan</c> when row 1 was left empty.</summary>
    public static FieldErrors ToRows(FieldErrors errors, string prefix, IReadOnlyList<int> rowOf)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var mapped = new FieldErrors();
        foreach (var field in errors.Fields)
        {
            var shown = Row().Match(field) is { Success: true } m && m.Groups[1].Value == prefix
                && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var index && index < rowOf.Count
                ? $"{prefix}[{rowOf[index]}]{m.Groups[3].Value}" : field;
            foreach (var message in errors.For(field)) mapped.Add(shown, message);
        }
        return mapped;
    }

    [GeneratedRegex(@"^([A-Za-z]+)\[(\d+)\](.*)$")]
    private static partial Regex Row();
}
