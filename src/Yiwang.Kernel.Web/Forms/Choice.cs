using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web.Forms;

/// <summary>One option of a select or radio group: the value posted and the label shown.</summary>
public sealed record Choice(string Value, string Label, string? Help = null)
{
    /// <summary>The members of an enum as choices, labelled from their <see cref="LabelAttribute"/>; the value is the member name (what the API takes).</summary>
    public static IReadOnlyList<Choice> Of<TEnum>(params TEnum[] only) where TEnum : struct, Enum =>
        Labels.All<TEnum>().Where(m => only.Length == 0 || only.Contains(m.Value)).Select(m => new Choice(m.Value.ToString(), m.Label.Current)).ToList();
}
