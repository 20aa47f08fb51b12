using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web.Commands;

/// <summary>
/// Every problem with a command's input, by field (the JSON path the API uses, e.g. <c>contracts[0].signedOn</c>, which
/// is also the form field's name). Handlers collect all of them before answering, so a form shows every error at once.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<Bilingual>> _byField = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public bool Any => _order.Count > 0;

    public int Count => _byField.Values.Sum(m => m.Count);

    /// <summary>The fields with errors, in the order they were found (the order of the form).</summary>
    public IReadOnlyList<string> Fields => _order;

    public FieldErrors Add(string field, Bilingual message)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
            _order.Add(field);
        }

        if (!messages.Contains(message)) messages.Add(message);
        return this;
    }

    public FieldErrors Add(string field, string zh, string en) => Add(field, new Bilingual(zh, en));

    public FieldErrors AddCode(string field, CodeError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Add(field, new Bilingual(error.MessageZh, error.MessageEn));
    }

    public FieldErrors AddRange(FieldErrors other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var field in other._order)
            foreach (var message in other._byField[field]) Add(field, message);
        return this;
    }

    public bool Has(string field) => _byField.ContainsKey(field);

    public IReadOnlyList<Bilingual> For(string field) => _byField.TryGetValue(field, out var m) ? m : [];

    /// <summary>The messages in the current UI language, shaped for <c>Results.ValidationProblem</c>.</summary>
    public Dictionary<string, string[]> ToProblemErrors() =>
        _order.ToDictionary(f => f, f => _byField[f].Select(m => m.Current).ToArray(), StringComparer.Ordinal);

    public static FieldErrors Of(string field, Bilingual message) => new FieldErrors().Add(field, message);

    public static FieldErrors From(IReadOnlyDictionary<string, Bilingual> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new FieldErrors();
        foreach (var (field, message) in errors) result.Add(field, message);
        return result;
    }
}
