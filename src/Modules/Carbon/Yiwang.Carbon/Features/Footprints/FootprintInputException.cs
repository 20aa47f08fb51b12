using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// A request field that is malformed in itself, whatever the product model (a non-finite or impossible number): a 400
/// with the field named, unlike <see cref="Domain.Factors.ProductModelException"/> (422, the model refuses the data).
/// </summary>
internal sealed class FootprintInputException(string field, string messageZh, string messageEn) : Exception(messageEn)
{
    public string Field { get; } = field;

    public Bilingual Reason { get; } = new(messageZh, messageEn);
}
