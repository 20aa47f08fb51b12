using Yiwang.Cultivation.Domain.Facts;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// The columns of the batch input and the fields of the facts form: the base facts of the schema, by the same names
/// as the API's <c>facts</c> (docs/user-guide/cultivation-facts.md); a header may differ in case.
/// </summary>
internal static class FactColumns
{
    public static IEnumerable<string> Names => CultivationFacts.Schema.BaseFacts.Select(f => f.Id);

    public static bool IsKnown(string column) => CultivationFacts.Schema.FindBase(column) is not null;
}
