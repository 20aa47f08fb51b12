using System.Globalization;

namespace Yiwang.Rules.Formulas;

/// <summary>
/// Parses formula text: numbers, fact ids, <c>+ - * /</c>, comparisons (<c>&lt; &lt;= &gt; &gt;= == !=</c>),
/// <c>and or not</c>, parentheses and calls of <see cref="FormulaFunctions"/>. Precedence from low to high: or, and,
/// not, comparison, + −, * /, unary minus. A fact id is resolved by <paramref name="resolve"/> (null: unknown).
/// </summary>
internal sealed class FormulaParser
{
    private readonly string text;
    private readonly Func<string, int?> resolve;
    private readonly FormulaFunctions functions;
    private int pos;

    private FormulaParser(string text, Func<string, int?> resolve, FormulaFunctions functions) =>
        (this.text, this.resolve, this.functions) = (text, resolve, functions);

    /// <summary>The formula, or throws <see cref="FormatException"/> saying what is wrong and where.</summary>
    public static Formula Parse(string text, Func<string, int?> resolve, FormulaFunctions functions)
    {
        var parser = new FormulaParser(text, resolve, functions);
        var formula = parser.Or();
        parser.Skip();
        return parser.pos == text.Length ? formula : throw parser.Error("unexpected text");
    }

    private Formula Or() => Chain(And, "or");

    private Formula And() => Chain(Not, "and");

    private Formula Not() => Word("not") ? new UnaryFormula('!', Not()) : Comparison();

    private Formula Comparison()
    {
        var left = Sum();
        foreach (var op in new[] { "<=", ">=", "==", "!=", "<", ">" })
        {
            if (Symbol(op)) return new BinaryFormula(op, left, Sum());
        }

        return left;
    }

    private Formula Sum() => Operators(Product, "+", "-");

    private Formula Product() => Operators(Unary, "*", "/");

    private Formula Unary() => Symbol("-") ? new UnaryFormula('-', Unary()) : Primary();

    private Formula Primary()
    {
        Skip();
        if (Symbol("("))
        {
            var inner = Or();
            return Symbol(")") ? inner : throw Error("')' expected");
        }

        var start = pos;
        if (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.'))
        {
            while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.')) pos++;
            return decimal.TryParse(text.AsSpan(start, pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                ? new ConstantFormula(n) : throw Error($"'{text[start..pos]}' is not a number");
        }

        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_')) pos++;
        if (pos == start) throw Error("a number, a fact or a function expected");
        var name = text[start..pos];
        if (!Symbol("(")) return resolve(name) is { } ordinal ? new FactFormula(ordinal) : throw Error($"'{name}' is not a fact");
        var function = functions.Find(name) ?? throw Error($"'{name}' is not a function (known: {string.Join(", ", functions.Names)})");
        var args = new List<Formula>();
        if (!Symbol(")"))
        {
            do args.Add(Or());
            while (Symbol(","));
            if (!Symbol(")")) throw Error("')' or ',' expected");
        }

        return args.Count >= function.MinArgs && args.Count <= function.MaxArgs
            ? new CallFormula(function, [.. args])
            : throw Error($"{name} takes {function.MinArgs}–{function.MaxArgs} arguments, not {args.Count}");
    }

    private Formula Chain(Func<Formula> next, string word)
    {
        var left = next();
        while (Word(word)) left = new BinaryFormula(word, left, next());
        return left;
    }

    // Left-associative: a − b − c is (a − b) − c.
    private Formula Operators(Func<Formula> next, string first, string second)
    {
        var left = next();
        while (true)
        {
            if (Symbol(first)) left = new BinaryFormula(first, left, next());
            else if (Symbol(second)) left = new BinaryFormula(second, left, next());
            else return left;
        }
    }

    private bool Symbol(string symbol)
    {
        Skip();
        if (string.CompareOrdinal(text, pos, symbol, 0, symbol.Length) != 0) return false;
        // "<" must not take the first half of "<=".
        if (symbol.Length == 1 && symbol is "<" or ">" && pos + 1 < text.Length && text[pos + 1] == '=') return false;
        pos += symbol.Length;
        return true;
    }

    private bool Word(string word)
    {
        Skip();
        var end = pos + word.Length;
        if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0 || end < text.Length && char.IsAsciiLetterOrDigit(text[end])) return false;
        pos = end;
        return true;
    }

    private void Skip()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    private FormatException Error(string what) => new($"{what} at position {pos + 1} of \"{text}\"");
}
