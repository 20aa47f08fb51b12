using Yiwang.Kernel.Access;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Reviews.Chains;

/// <param name="NotAwaiting">The conflict message when a step of this state is asked of a filing in another state.</param>
/// <param name="Denied">The message when the caller acts in no step of this state.</param>
/// <param name="Period">How long the parties of this state have (statutory or configured); null: no clock.</param>
public sealed record ReviewState(
    string Id,
    Bilingual Name,
    StateKind Kind,
    Bilingual NotAwaiting,
    Bilingual Denied,
    StatutoryPeriod? Period,
    string? PeriodConfidence,
    IReadOnlyList<ReviewStep> Steps)
{
    /// <summary>The steps of this state open to <paramref name="category"/>.</summary>
    public IEnumerable<ReviewStep> StepsFor(string category) => Steps.Where(s => s.AppliesTo(category));

    public bool Admits(CallerScope caller, string category, string applicantUscc, string regionCode) =>
        StepsFor(category).Any(s => s.Actor.Admits(caller, applicantUscc, regionCode));

    /// <summary>The official actors of this state for a category (who is told that something awaits them).</summary>
    public IEnumerable<ActorRule> OfficialActors(string category) => StepsFor(category).Select(s => s.Actor).Where(a => !a.Applicant);
}
