using System.Text.Json.Serialization;

namespace Yiwang.Rules.Facts;

// The facts-schema file shape (formatVersion 1), documented in docs/adr/0007-rules-engine.md and, for the cultivation
// schema, in docs/user-guide/cultivation-facts.md. FactSchemaLoader checks the meaning and builds a FactSchema.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.

internal sealed record FactSchemaFile(
    int FormatVersion,
    string Id,
    string NameZh,
    string NameEn,
    IReadOnlyList<UnitFile> Units,
    IReadOnlyList<FactGroup> Groups,
    IReadOnlyList<FactSource> Sources,
    IReadOnlyList<BaseFactFile> Facts,
    IReadOnlyList<DerivedFactFile> Derived,
    IReadOnlyList<ConstraintFile> Constraints);

internal sealed record UnitFile(string Id, UnitText Zh, UnitText En);

internal sealed record BaseFactFile(
    string Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FactType>))] FactType Type,
    string Group,
    string Source,
    string LabelZh,
    string LabelEn,
    string HelpZh,
    string HelpEn,
    string? Unit = null,
    decimal? Min = null,
    decimal? Max = null,
    string? RangeZh = null,
    string? RangeEn = null,
    string? Empty = null,
    IReadOnlyList<EnumMember>? Members = null);

internal sealed record DerivedFactFile(
    string Id,
    string LabelZh,
    string LabelEn,
    string Formula,
    string? Unit = null,
    string? HelpZh = null,
    string? HelpEn = null,
    string? NoteZh = null,
    string? NoteEn = null);

internal sealed record ConstraintFile(string Field, string Check, string MessageZh, string MessageEn);
