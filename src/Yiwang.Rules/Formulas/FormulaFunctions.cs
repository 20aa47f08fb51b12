namespace Yiwang.Rules.Formulas;

/// <summary>A formula function: arguments in, a value or none out. A missing argument is null.</summary>
public delegate decimal? FormulaFunction(ReadOnlySpan<decimal?> args);

/// <summary>
/// The functions a schema's formulas may call. The built-in ones are generic arithmetic; a module registers a named
/// function with <see cref="With"/> when a definition cannot be written as a formula (and says why in its schema).
/// A strict function is not called when an argument is missing (the result is missing); a lenient one is, and must
/// be monotone (a missing argument counts as "not held", so its value is a lower bound).
/// </summary>
public sealed class FormulaFunctions
{
    private readonly Dictionary<string, Entry> entries;

    private FormulaFunctions(Dictionary<string, Entry> entries) => this.entries = entries;

    public static FormulaFunctions BuiltIn { get; } = new(new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["percent"] = new(2, 2, false, a => a[1] > 0 ? a[0] * 100 / a[1] : null),
        ["growth"] = new(2, 2, false, a => a[1] > 0 ? (a[0] - a[1]) * 100 / a[1] : null),
        ["sqrt"] = new(1, 1, false, a => a[0] < 0 ? null : Sqrt(a[0]!.Value)),
        ["round"] = new(2, 2, false, a => decimal.Round(a[0]!.Value, (int)a[1]!.Value)),
        ["min"] = new(1, 16, false, a => Fold(a, Math.Min)),
        ["max"] = new(1, 16, false, a => Fold(a, Math.Max)),
        ["countTrue"] = new(1, 16, true, CountTrue),
        ["ladder"] = new(1, 16, true, Ladder),
    });

    public IEnumerable<string> Names => entries.Keys;

    /// <summary>These functions and one more (or a replacement of one).</summary>
    public FormulaFunctions With(string name, int minArgs, int maxArgs, bool lenient, FormulaFunction function)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        if (minArgs < 0 || maxArgs < minArgs || maxArgs > 16) throw new ArgumentOutOfRangeException(nameof(maxArgs), "0 ≤ minArgs ≤ maxArgs ≤ 16");
        return new(new Dictionary<string, Entry>(entries, StringComparer.Ordinal) { [name] = new(minArgs, maxArgs, lenient, function) });
    }

    internal Entry? Find(string name) => entries.GetValueOrDefault(name);

    // Newton's method from the double estimate: four steps reach decimal precision for the ratios compared here.
    private static decimal Sqrt(decimal value)
    {
        if (value == 0) return 0;
        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 4; i++) x = (x + value / x) / 2;
        return x;
    }

    private static decimal? Fold(ReadOnlySpan<decimal?> args, Func<decimal, decimal, decimal> f)
    {
        var result = args[0]!.Value;
        for (var i = 1; i < args.Length; i++) result = f(result, args[i]!.Value);
        return result;
    }

    // How many of the arguments are true (non-zero); none when none is reported.
    private static decimal? CountTrue(ReadOnlySpan<decimal?> args)
    {
        var reported = false;
        var count = 0;
        foreach (var a in args)
        {
            reported |= a is not null;
            if (a is { } v && v != 0) count++;
        }

        return reported ? count : null;
    }

    // Arguments best first: n for the first above zero, n − 1 for the second, …, 0 when none is; none when none is reported.
    private static decimal? Ladder(ReadOnlySpan<decimal?> args)
    {
        var reported = false;
        foreach (var a in args) reported |= a is not null;
        if (!reported) return null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] > 0) return args.Length - i;
        }

        return 0;
    }

    internal sealed record Entry(int MinArgs, int MaxArgs, bool Lenient, FormulaFunction Function);
}
