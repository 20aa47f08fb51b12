using Yiwang.Kernel.Text;
using Yiwang.Rules.Formulas;

namespace Yiwang.Rules.Facts;

// CA1720: the members are the type words of the schema file ("decimal", "integer"), read case-insensitively.
#pragma warning disable CA1720
public enum FactType
{
    Decimal,
    Integer,
    Boolean,
    Enumeration,
    Date,
}
#pragma warning restore CA1720

/// <summary>
/// One fact of a <see cref="FactSchema"/>: a value an enterprise reports (base fact) or one computed from others by a
/// formula in the schema file (derived fact). Rules compare every fact as a number: booleans are 1/0, enumeration
/// members their declared value, dates their day number.
/// </summary>
public sealed class FactDefinition
{
    internal FactDefinition(int ordinal, string id, FactType type, Bilingual label, Bilingual help)
    {
        Ordinal = ordinal;
        Id = id;
        Type = type;
        Label = label;
        Help = help;
    }

    /// <summary>camelCase, the name the API, the CSV columns and the rule files use.</summary>
    public string Id { get; }

    public FactType Type { get; }

    /// <summary>The form label, also the name an explanation gives the figure.</summary>
    public Bilingual Label { get; }

    public Bilingual Help { get; }

    public FactUnit? Unit { get; internal init; }

    /// <summary>The form group (null for a derived fact: forms never ask for one).</summary>
    public FactGroup? Group { get; internal init; }

    /// <summary>Which module or who provides the value (e.g. enterprises, cultivation, self).</summary>
    public FactSource? Source { get; internal init; }

    public decimal? Min { get; internal init; }

    public decimal? Max { get; internal init; }

    /// <summary>The message of a value outside <see cref="Min"/>–<see cref="Max"/>.</summary>
    public Bilingual RangeMessage { get; internal init; }

    public IReadOnlyList<EnumMember> Members { get; internal init; } = [];

    /// <summary>
    /// An empty value is an answer ("none", e.g. no award and so no rank), not missing data: a comparison on it is not
    /// met, it takes the last band, and it is never listed as missing.
    /// </summary>
    public bool EmptyMeansNone { get; internal init; }

    public bool IsDerived => Formula is not null;

    /// <summary>The formula text of a derived fact, as written in the schema file.</summary>
    public string? FormulaText { get; internal init; }

    /// <summary>A note on how the formula reads the regulation (a choice where the text is unclear).</summary>
    public Bilingual? Note { get; internal init; }

    internal Formula? Formula { get; init; }

    /// <summary>The base facts a derived fact reads, directly or through other derived facts; itself for a base fact.</summary>
    internal int[] Inputs { get; set; } = [];

    internal int Ordinal { get; }

    public EnumMember? Member(string id) => Members.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    public EnumMember? MemberOf(decimal value) => Members.FirstOrDefault(m => m.Value == value);

    public override string ToString() => Id;
}

/// <summary>An enumeration member: the id the API and CSV use, the value rules compare, labels for forms.</summary>
public sealed record EnumMember(string Id, decimal Value, string LabelZh, string LabelEn)
{
    public Bilingual Label => new(LabelZh, LabelEn);
}

public sealed record FactGroup(string Id, string NameZh, string NameEn)
{
    public Bilingual Name => new(NameZh, NameEn);
}

public sealed record FactSource(string Id, string NameZh, string NameEn)
{
    public Bilingual Name => new(NameZh, NameEn);
}

/// <summary>A unit with its name for forms (万元 / 10,000 yuan) and how a value reads in each language.</summary>
public sealed record FactUnit(string Id, UnitText Zh, UnitText En)
{
    public Bilingual Name => new(Zh.Name, En.Name);
}

/// <summary>
/// <see cref="Text"/> has <c>{n}</c> for the number: the value times <see cref="Scale"/>, printed with the .NET
/// <see cref="Format"/> (e.g. N0) or, without one, with at most two decimals.
/// </summary>
public sealed record UnitText(string Name, string Text, decimal? Scale = null, string? Format = null);
