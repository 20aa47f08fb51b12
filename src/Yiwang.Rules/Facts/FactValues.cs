using System.Globalization;

namespace Yiwang.Rules.Facts;

/// <summary>What is known of a fact for one enterprise.</summary>
public enum FactState : byte
{
    /// <summary>A derived fact not computed yet (internal to the lazy cache; never returned).</summary>
    NotComputed = 0,

    /// <summary>Not reported (or, for a derived fact, computed from facts of which one is not reported).</summary>
    Missing,

    /// <summary>Left empty where empty is an answer (<see cref="FactDefinition.EmptyMeansNone"/>).</summary>
    None,

    Present,

    /// <summary>A derived value from incomplete inputs (e.g. items counted among those reported): a lower bound.</summary>
    Partial,

    /// <summary>Every input reported but the formula has no value (a share of zero revenue).</summary>
    Undefined,
}

/// <summary>
/// One enterprise's facts, keyed by the ids of a <see cref="FactSchema"/>: each base fact a value or missing; derived
/// facts are computed on first read and kept until a base fact changes. Not thread-safe: a batch keeps one per
/// thread and <see cref="Reset"/>s it for every row.
/// </summary>
public sealed class FactValues
{
    private readonly decimal[] values;
    private readonly FactState[] states;
    private readonly FactState[] empty;
    private readonly int baseCount;

    public FactValues(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        baseCount = schema.BaseFacts.Count;
        values = new decimal[schema.All.Count];
        empty = schema.All.Select(f => f.IsDerived ? FactState.NotComputed : f.EmptyMeansNone ? FactState.None : FactState.Missing).ToArray();
        states = (FactState[])empty.Clone();
    }

    public FactSchema Schema { get; }

    /// <summary>Forgets every value, so the instance can take the next row.</summary>
    public void Reset() => Array.Copy(empty, states, states.Length);

    public void Set(string id, decimal value) => SetRaw(Base(id).Ordinal, value);

    public void Set(string id, bool value) => SetRaw(Base(id).Ordinal, value ? 1 : 0);

    public void Set(string id, DateOnly value) => SetRaw(Base(id).Ordinal, value.DayNumber);

    /// <summary>Sets an enumeration fact by member id (case-insensitive).</summary>
    public void SetMember(string id, string member)
    {
        var fact = Base(id);
        var m = fact.Member(member) ?? throw new ArgumentException($"'{member}' is not a member of {id}", nameof(member));
        SetRaw(fact.Ordinal, m.Value);
    }

    public void Clear(string id) => ClearRaw(Base(id).Ordinal);

    public bool IsReported(string id) => states[Schema.Get(id).Ordinal] == FactState.Present;

    public FactState State(string id) => Get(Schema.Get(id).Ordinal, out _);

    /// <summary>The value as rules compare it (booleans 1/0, members their value, dates their day number); null when there is none.</summary>
    public decimal? Number(string id) => Get(Schema.Get(id).Ordinal, out var v) is FactState.Present or FactState.Partial ? v : null;

    public bool? Boolean(string id) => Number(id) is { } v ? v != 0 : null;

    public EnumMember? Member(string id) => Number(id) is { } v ? Schema.Get(id).MemberOf(v) : null;

    public DateOnly? Date(string id) => Number(id) is { } v ? DateOnly.FromDayNumber((int)v) : null;

    /// <summary>The ids of the base facts that carry a value, in schema order.</summary>
    public IEnumerable<string> Reported => Schema.BaseFacts.Where(f => states[f.Ordinal] == FactState.Present).Select(f => f.Id);

    public override string ToString() => string.Join(", ", Schema.BaseFacts.Where(f => states[f.Ordinal] == FactState.Present)
        .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Id}={values[f.Ordinal]}")));

    internal void ClearRaw(int ordinal)
    {
        if (states[ordinal] == empty[ordinal]) return;
        states[ordinal] = empty[ordinal];
        ForgetDerived();
    }

    internal void SetRaw(int ordinal, decimal value)
    {
        values[ordinal] = value;
        states[ordinal] = FactState.Present;
        ForgetDerived();
    }

    /// <summary>The state of a fact and its value when it has one; a derived fact is computed once per row.</summary>
    internal FactState Get(int ordinal, out decimal value)
    {
        var state = states[ordinal];
        if (state == FactState.NotComputed)
        {
            var fact = Schema.All[ordinal];
            var has = fact.Formula!.TryEvaluate(this, out values[ordinal]);
            var complete = true;
            foreach (var input in fact.Inputs) complete &= states[input] is FactState.Present or FactState.None;
            state = states[ordinal] = has ? complete ? FactState.Present : FactState.Partial : complete ? FactState.Undefined : FactState.Missing;
        }

        value = values[ordinal];
        return state;
    }

    /// <summary>A base fact's state without computing anything (for the missing-facts list).</summary>
    internal FactState BaseState(int ordinal) => states[ordinal];

    private void ForgetDerived()
    {
        if (states.Length > baseCount) Array.Clear(states, baseCount, states.Length - baseCount);
    }

    private FactDefinition Base(string id)
    {
        var fact = Schema.Get(id);
        return fact.IsDerived ? throw new ArgumentException($"'{id}' is derived: it is computed, not set", nameof(id)) : fact;
    }
}
