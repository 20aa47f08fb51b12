using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Domain.Factors;

/// <summary>A product model that cannot be built as given (unknown factor, unit mismatch, value out of range): a 422, with the reason in both languages.</summary>
internal sealed class ProductModelException(string messageZh, string messageEn, string? field = null) : Exception(messageEn)
{
    public Bilingual Reason { get; } = new(messageZh, messageEn);

    /// <summary>The request field at fault, when there is one (for field-level problem details).</summary>
    public string? Field { get; } = field;
}
