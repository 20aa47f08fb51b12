using Microsoft.AspNetCore.Components;

namespace Yiwang.Kernel.Web.Forms;

/// <summary>
/// What every form field shares: a name (the posted key and the API field), a plain-language label, an optional unit,
/// help and required mark, and the value and errors it takes from the cascading <see cref="FormModel"/>. Inputs are
/// linked to their help and errors (<c>aria-describedby</c>) and marked <c>aria-invalid</c> when wrong.
/// </summary>
public abstract class FieldBase : ComponentBase
{
    [CascadingParameter] public FormModel? Form { get; set; }

    [Parameter, EditorRequired] public string Name { get; set; } = string.Empty;

    [Parameter, EditorRequired] public string Label { get; set; } = string.Empty;

    /// <summary>Shown after the input (万元, 人, %); also read out with the label.</summary>
    [Parameter] public string? Unit { get; set; }

    [Parameter] public string? Help { get; set; }

    /// <summary>Marks the field as required; the server still checks it (forms are <c>novalidate</c> so all errors show at once).</summary>
    [Parameter] public bool Required { get; set; }

    /// <summary>The value when the form model has none (e.g. a default).</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Takes the whole row of the form grid.</summary>
    [Parameter] public bool Wide { get; set; }

    [Parameter] public string? TestId { get; set; }

    /// <summary>Passed to the input element: placeholder, maxlength, autocomplete, min, max, pattern…</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? InputAttributes { get; set; }

    protected string Id => FieldIds.For(Name);

    protected string? CurrentValue => Form is { } f && f.Has(Name) ? f.Value(Name) : Value;

    protected IReadOnlyList<string> ErrorMessages => Form?.Errors.For(Name).Select(m => m.Current).ToList() ?? [];

    protected bool Invalid => ErrorMessages.Count > 0;

    protected string? DescribedBy
    {
        get
        {
            var ids = new List<string>(2);
            if (!string.IsNullOrEmpty(Help)) ids.Add(FieldIds.Help(Name));
            if (Invalid) ids.Add(FieldIds.Error(Name));
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    protected string FieldClass => Wide ? "yw-field yw-field--full" : "yw-field";

    protected FieldView View => new(Name, Label, Unit, Help, Required, ErrorMessages, FieldClass);
}
