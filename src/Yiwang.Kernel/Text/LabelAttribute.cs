namespace Yiwang.Kernel.Text;

/// <summary>
/// The zh-CN and English label of an enum member or a field, declared next to it so that a value is never shown by its
/// identifier. Read through <see cref="Labels"/>; an architecture test requires one on every member of an enum that
/// reaches a page or an export.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
public sealed class LabelAttribute(string zh, string en) : Attribute
{
    public string Zh { get; } = zh;

    public string En { get; } = en;

    public Bilingual Text => new(Zh, En);
}
