namespace Yiwang.Reviews.Chains;

/// <summary>The checks of a whole chain, after each item has been read: links between states and the rules every chain keeps.</summary>
internal static class ReviewChainChecks
{
    private static readonly ReviewAction[] NeedReasons = [ReviewAction.Return, ReviewAction.Reject, ReviewAction.Revoke];

    public static void Check(ReviewChain chain, List<string> problems)
    {
        foreach (var dup in chain.States.GroupBy(s => s.Id).Where(g => g.Count() > 1)) problems.Add($"states: '{dup.Key}' is defined {dup.Count()} times");
        var ids = chain.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal) { chain.Submit.To };
        CheckStep(chain, null, chain.Submit, "submit", ids, problems);
        foreach (var state in chain.States)
        {
            for (var i = 0; i < state.Steps.Count; i++)
            {
                var step = state.Steps[i];
                CheckStep(chain, state, step, $"states '{state.Id}' steps[{i}] ({step.Action})", ids, problems);
                reached.Add(step.To);
            }

            CheckAmbiguity(state, problems);
        }

        foreach (var state in chain.States.Where(s => !reached.Contains(s.Id))) problems.Add($"states '{state.Id}': no step leads to it");
        var events = chain.States.SelectMany(s => s.Steps).Append(chain.Submit).GroupBy(s => s.Event)
            .Where(g => g.Select(s => s.EventName).Distinct().Count() > 1);
        foreach (var e in events) problems.Add($"event '{e.Key}': named differently by different steps");
    }

    private static void CheckStep(ReviewChain chain, ReviewState? from, ReviewStep step, string where, HashSet<string> ids, List<string> problems)
    {
        if (!ids.Contains(step.To))
        {
            problems.Add($"{where}.to: no state '{step.To}'");
            return;
        }

        var to = chain.State(step.To);
        if (NeedReasons.Contains(step.Action) && !step.ReasonRequired) problems.Add($"{where}.reasonRequired: a {step.Action} must give the applicant a reason (true)");
        if (to.Kind == StateKind.Granted && chain.Validity is null) problems.Add($"{where}.to: '{to.Id}' is granted, so the chain needs a validity");
        if (step.Action is ReviewAction.Update or ReviewAction.Renew && (from?.Kind != StateKind.Granted || step.To != from.Id))
            problems.Add($"{where}: a {step.Action} is taken on a granted state and stays in it");
        if (step.Action == ReviewAction.Approve && to.Kind != StateKind.Granted) problems.Add($"{where}.to: an approve leads to a granted state, not '{to.Id}'");
        if (step.Action is ReviewAction.Reject or ReviewAction.Revoke && to.Kind != StateKind.Closed) problems.Add($"{where}.to: a {step.Action} closes the filing, '{to.Id}' is not closed");
        if (step.Action == ReviewAction.Return && to.Kind != StateKind.Returned) problems.Add($"{where}.to: a return goes back to the applicant, '{to.Id}' is not returned");
        if (step.Action == ReviewAction.Submit && to.Kind != StateKind.InReview) problems.Add($"{where}.to: a submission goes to review, '{to.Id}' is not in review");
        if (step.Notify == NotifyTarget.Next && !step.Categories.DefaultIfEmpty(string.Empty).Any(c => to.Steps.Any(s => !s.Actor.Applicant && (c.Length == 0 || s.AppliesTo(c)))))
            problems.Add($"{where}.notify: 'next', but no official acts in '{to.Id}'");
        if (step.FromRecheck && chain.Validity is null) problems.Add($"{where}.fromRecheck: the chain has no validity, so no 复核 date");
    }

    /// <summary>Two steps of one action in one state must not both apply to a category: the chain would not say which one runs.</summary>
    private static void CheckAmbiguity(ReviewState state, List<string> problems)
    {
        foreach (var group in state.Steps.GroupBy(s => s.Action).Where(g => g.Count() > 1))
        {
            var steps = group.ToList();
            for (var i = 0; i < steps.Count; i++)
                for (var j = i + 1; j < steps.Count; j++)
                    if (Overlap(steps[i], steps[j]))
                        problems.Add($"states '{state.Id}': two '{group.Key}' steps apply to the same category; give them disjoint categories");
        }
    }

    private static bool Overlap(ReviewStep a, ReviewStep b)
    {
        if (a.Categories.Count == 0 && b.Categories.Count == 0) return true;
        if (a.Categories.Count == 0) return b.Categories.Any(c => a.AppliesTo(c));
        if (b.Categories.Count == 0) return a.Categories.Any(c => b.AppliesTo(c));
        return a.Categories.Any(c => b.Categories.Contains(c) && a.AppliesTo(c) && b.AppliesTo(c));
    }
}
