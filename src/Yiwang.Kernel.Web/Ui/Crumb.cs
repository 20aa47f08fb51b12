namespace Yiwang.Kernel.Web.Ui;

public sealed record Crumb(string Title, string? Href = null);
