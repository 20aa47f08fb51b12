using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Evaluation;

/// <summary>A checked rule set with every target compiled against its facts schema; load it once, share it.</summary>
public sealed class CompiledRuleSet
{
    internal CompiledRuleSet(RuleSet source, FactSchema schema)
    {
        Source = source;
        Schema = schema;
        Targets = source.Targets.Select(t => new CompiledTarget(this, t)).ToArray();
    }

    public RuleSet Source { get; }

    public FactSchema Schema { get; }

    public string Id => Source.Id;

    public IReadOnlyList<CompiledTarget> Targets { get; }

    public CompiledTarget? Find(string targetId) => Targets.FirstOrDefault(t => t.Id == targetId);
}
