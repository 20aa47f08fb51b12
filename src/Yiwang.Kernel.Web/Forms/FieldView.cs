namespace Yiwang.Kernel.Web.Forms;

/// <summary>What <see cref="FieldFrame"/> draws around an input: label, help, required mark and the current errors.</summary>
public sealed record FieldView(string Name, string Label, string? Unit, string? Help, bool Required, IReadOnlyList<string> Messages, string CssClass);
