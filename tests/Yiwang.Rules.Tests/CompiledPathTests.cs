using Yiwang.Rules.Evaluation;

namespace Yiwang.Rules.Tests;

/// <summary>The batch path (<see cref="CompiledTarget.Evaluate"/> into a reused <see cref="TargetRun"/>) agrees with the explained one and allocates nothing.</summary>
public sealed class CompiledPathTests
{
    [Fact]
    public void The_batch_path_gives_the_explained_answer()
    {
        var random = new Random(11);
        var run = new TargetRun();
        var outcomes = new HashSet<Outcome>();
        for (var n = 0; n < 2000; n++)
        {
            var facts = RandomFacts.Next(random);
            foreach (var target in Toy.Rules2024.Targets)
            {
                var full = target.Explain(facts);
                target.Evaluate(facts, run, gapLimit: 3);
                var context = $"{target.Id}: {facts}";
                Assert.True(full.Outcome == run.Outcome && full.Score?.Total == run.Score && full.AppliedDirectCondition == run.AppliedDirectCondition, context);
                Assert.Equal(full.BasicConditions.Where(c => c.Outcome != Outcome.Met).Select(c => c.Id), Enumerable.Range(0, run.UnmetCount).Select(run.UnmetCondition));
                Assert.Equal(full.MissingFacts, Enumerable.Range(0, run.MissingCount).Select(run.MissingFact));
                Assert.Equal(full.Gaps.Take(3).Select(g => g.Text), Enumerable.Range(0, Math.Min(3, run.GapCount)).Select(run.GapText));
                outcomes.Add(full.Outcome);
            }
        }

        Assert.Equal(3, outcomes.Count);
    }

    [Fact]
    public void Evaluating_a_row_allocates_nothing_once_warm()
    {
        var target = Toy.Rules2024.Find("grant")!;
        var run = new TargetRun();
        var rows = Enumerable.Range(0, 50).Select(_ => RandomFacts.Next(new Random(3))).Append(Toy.Strong()).ToArray();
        foreach (var facts in rows) target.Evaluate(facts, run, 3);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var facts = rows[i % rows.Length];
            facts.Set("patents", i % 7); // forgets the derived figures, so they are computed again
            target.Evaluate(facts, run, 3);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
