using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Kernel.Web.Forms;

/// <summary>
/// What a form shows: the values to put in its fields (what the user posted, else what the page pre-filled) and the
/// errors of the last attempt. Cascaded by <c>FormBody</c> to the field components, which find their value and their
/// errors by name — so a failed post comes back with everything the user typed and every error beside its field.
/// </summary>
public sealed class FormModel
{
    private readonly Dictionary<string, StringValues> _values = new(StringComparer.Ordinal);

    public FieldErrors Errors { get; private set; } = new();

    /// <summary>True for a model read from a posted form: an unticked checkbox then means "no", not "not shown yet".</summary>
    public bool Posted { get; private set; }

    /// <summary>The posted form of this request, or an empty model for a GET.</summary>
    public static FormModel FromRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var model = new FormModel();
        if (!http.Request.HasFormContentType) return model;
        model.Posted = true;
        foreach (var (key, value) in http.Request.Form)
            if (!key.StartsWith("__", StringComparison.Ordinal) && key != "_handler") model._values[key] = value;
        return model;
    }

    /// <summary>A pre-filled value (e.g. from the enterprise profile); a posted value of the same field wins.</summary>
    public FormModel Prefill(string name, string? value)
    {
        if (value is not null && !_values.ContainsKey(name)) _values[name] = value;
        return this;
    }

    public FormModel Set(string name, string? value)
    {
        if (value is null) _values.Remove(name);
        else _values[name] = value;
        return this;
    }

    public FormModel WithErrors(FieldErrors errors)
    {
        Errors = errors ?? new FieldErrors();
        return this;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var v) ? v.Where(s => s is not null).Select(s => s!).ToList() : [];

    /// <summary>A checkbox is ticked when its value was posted (or pre-filled as "true").</summary>
    public bool IsChecked(string name, string value = "true") => Values(name).Contains(value, StringComparer.Ordinal);
}
