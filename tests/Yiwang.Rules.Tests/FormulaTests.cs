using Yiwang.Rules.Facts;
using Yiwang.Rules.Formulas;

namespace Yiwang.Rules.Tests;

public sealed class FormulaTests
{
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal) { ["revenue"] = 4, ["exports"] = 5, ["certified"] = 6, ["branded"] = 7 };

    private static decimal? Eval(string formula, FactValues facts, FormulaFunctions? functions = null)
    {
        var parsed = FormulaParser.Parse(formula, id => Ids.TryGetValue(id, out var o) ? o : null, functions ?? FormulaFunctions.BuiltIn);
        return parsed.TryEvaluate(facts, out var v) ? v : null;
    }

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("-2 * -3", 6)]
    [InlineData("10 / 4", 2.5)]
    [InlineData("revenue - exports / 2", 900)]
    [InlineData("revenue >= 1000 and exports < 300", 1)]
    [InlineData("not (revenue > 1000) or exports == 200", 1)]
    [InlineData("revenue != 1000", 0)]
    [InlineData("percent(exports, revenue)", 20)]
    [InlineData("growth(revenue, exports)", 400)]
    [InlineData("round(sqrt(2), 4)", 1.4142)]
    [InlineData("min(revenue, exports, 50)", 50)]
    [InlineData("max(revenue, exports)", 1000)]
    public void Arithmetic_comparisons_and_functions(string formula, decimal expected) =>
        Assert.Equal(expected, Eval(formula, Toy.Facts(("revenue", 1000), ("exports", 200))));

    [Theory]
    [InlineData("revenue / exports")]
    [InlineData("percent(exports, revenue)")]
    [InlineData("growth(exports, revenue)")]
    public void Division_by_zero_has_no_value(string formula) => Assert.Null(Eval(formula, Toy.Facts(("revenue", 0), ("exports", 0))));

    [Fact]
    public void A_missing_operand_makes_the_result_missing_except_in_lenient_functions()
    {
        var facts = Toy.Facts(("revenue", 1000), ("certified", true));
        Assert.Null(Eval("revenue + exports", facts));
        Assert.Null(Eval("max(revenue, exports)", facts));
        Assert.Equal(1, Eval("countTrue(certified, branded)", facts));
        Assert.Null(Eval("countTrue(branded)", facts)); // none reported: missing
        // Best first: the first argument above zero gives n, the second n − 1; a missing one counts as not held.
        Assert.Equal(2, Eval("ladder(certified, branded)", facts));
        Assert.Equal(1, Eval("ladder(branded, certified)", facts));
        Assert.Equal(0, Eval("ladder(certified, branded)", Toy.Facts(("certified", false), ("branded", false))));
    }

    [Fact]
    public void A_module_registers_a_named_function()
    {
        var functions = FormulaFunctions.BuiltIn.With("halve", 1, 1, lenient: false, a => a[0] / 2);
        Assert.Equal(500, Eval("halve(revenue)", Toy.Facts(("revenue", 1000)), functions));
        Assert.Throws<FormatException>(() => Eval("halve(revenue)", Toy.Facts(("revenue", 1000))));
    }

    [Theory]
    [InlineData("1 +", "a number, a fact or a function expected")]
    [InlineData("(1 + 2", "')' expected")]
    [InlineData("1 2", "unexpected text")]
    [InlineData("turnover * 2", "'turnover' is not a fact")]
    public void A_bad_formula_says_what_and_where(string formula, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => Eval(formula, Toy.Facts())).Message, StringComparison.Ordinal);
}
