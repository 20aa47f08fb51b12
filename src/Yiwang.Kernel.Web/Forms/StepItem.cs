namespace Yiwang.Kernel.Web.Forms;

public sealed record StepItem(string Title, string? Href = null);
