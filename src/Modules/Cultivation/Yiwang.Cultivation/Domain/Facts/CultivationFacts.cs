using System.Text.Json;
using System.Text.Json.Serialization;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Cultivation.Domain.Facts;

/// <summary>
/// The bridge between the <see cref="EnterpriseFacts"/> record (what applications store and the API binds today) and
/// the engine's schema-driven <see cref="FactValues"/> bag, which is the long-term contract: both carry the same
/// camelCase names (a test keeps the record's properties equal to the schema's base facts).
/// </summary>
internal static class CultivationFacts
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static FactSchema Schema => CultivationRuleSetCatalog.Schema;

    /// <summary>The bag, and per fact id what could not be carried over (an enumeration value outside its members).</summary>
    public static (FactValues Facts, Dictionary<string, Bilingual> Errors) From(EnterpriseFacts facts) =>
        FactJson.Read(Schema, JsonSerializer.SerializeToElement(facts, Json));

    public static EnterpriseFacts ToRecord(FactValues values) => FactJson.Write(values).Deserialize<EnterpriseFacts>(Json)!;
}
