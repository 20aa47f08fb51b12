namespace Yiwang.Kernel.Web.Ui;

public sealed record TabItem(string Title, string Href, bool Current, int? Count = null);
