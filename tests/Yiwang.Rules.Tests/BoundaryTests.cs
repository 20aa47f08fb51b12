using System.Reflection;

namespace Yiwang.Rules.Tests;

/// <summary>The engine stays a framework-free kernel library with a deliberate public surface.</summary>
public sealed class BoundaryTests
{
    private static readonly Assembly Rules = typeof(Yiwang.Rules.Evaluation.CompiledTarget).Assembly;

    // What modules use: schema and facts bag, rule-set model and loading, evaluation and its results.
    private static readonly string[] PublicSurface =
    [
        "Facts.EnumMember", "Facts.FactConstraint", "Facts.FactDefinition", "Facts.FactGroup", "Facts.FactJson", "Facts.FactSchema", "Facts.FactSchemaLoader",
        "Facts.FactSource", "Facts.FactState", "Facts.FactText", "Facts.FactType", "Facts.FactUnit", "Facts.FactValidator", "Facts.FactValues", "Facts.UnitText",
        "Formulas.FormulaFunction", "Formulas.FormulaFunctions", "Loading.RulesFormatException",
        "RuleSets.Band", "RuleSets.BandBoundary", "RuleSets.Category", "RuleSets.Condition", "RuleSets.Indicator", "RuleSets.Measure", "RuleSets.RuleSet",
        "RuleSets.RuleSetCatalog", "RuleSets.RuleSetLoader", "RuleSets.RuleValue", "RuleSets.Scoring", "RuleSets.SourceRef", "RuleSets.Target", "RuleSets.Test",
        "RuleSets.TestGroup",
        "Evaluation.CategoryScore", "Evaluation.Comparison", "Evaluation.CompiledRuleSet", "Evaluation.CompiledTarget", "Evaluation.ConditionResult",
        "Evaluation.Gap", "Evaluation.IndicatorScore", "Evaluation.Outcome", "Evaluation.ScoreResult", "Evaluation.TargetEvaluation", "Evaluation.TargetRun",
        "Evaluation.ValueText",
    ];

    [Fact]
    public void The_engine_references_no_web_framework_and_no_database()
    {
        var referenced = Rules.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Yiwang.", StringComparison.Ordinal) && n != "Yiwang.Kernel");
    }

    [Fact]
    public void The_public_surface_is_what_modules_need()
    {
        var exported = Rules.GetExportedTypes().Select(t => t.FullName!["Yiwang.Rules.".Length..]).Order(StringComparer.Ordinal);
        Assert.Equal(PublicSurface.Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public void Concrete_classes_are_sealed()
    {
        var unsealed = Rules.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsNested && !t.Name.StartsWith('<'))
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .Select(t => t.FullName).ToArray();
        Assert.Empty(unsealed);
    }
}
