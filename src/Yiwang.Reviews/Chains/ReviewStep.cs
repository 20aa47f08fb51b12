using Yiwang.Kernel.Text;

namespace Yiwang.Reviews.Chains;

/// <summary>
/// One step of a chain: in its state, <see cref="Actor"/> may take <see cref="Action"/> (for the categories it names), which
/// moves the filing to <see cref="To"/> and is kept as the event <see cref="Event"/>.
/// </summary>
/// <param name="Categories">The filing categories (e.g. tiers) the step applies to; empty: all.</param>
/// <param name="ExceptCategories">Categories it does not apply to.</param>
/// <param name="WhileValid">Only while the grant has not expired (an update of an expired grant makes no sense).</param>
/// <param name="FromRecheck">Only from the grant's 复核 date on (a renewal).</param>
/// <param name="Notice">The notice's subject; none when <see cref="Notify"/> is None.</param>
/// <param name="OnlyIfNotMet">Notify only when the attached evaluation does not meet the conditions (an update that fails).</param>
/// <param name="Next">What happens next, for the success message; <c>{due}</c> is the next stage's deadline.</param>
/// <param name="Citation">The document and article the step rests on, with its confidence.</param>
public sealed record ReviewStep(
    ReviewAction Action,
    ActorRule Actor,
    string To,
    string Event,
    Bilingual EventName,
    bool ReasonRequired,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> ExceptCategories,
    bool WhileValid,
    bool FromRecheck,
    NotifyTarget Notify,
    Bilingual? Notice,
    bool OnlyIfNotMet,
    Bilingual? Next,
    Bilingual? Citation,
    string Confidence)
{
    public bool AppliesTo(string category) =>
        (Categories.Count == 0 || Categories.Contains(category)) && !ExceptCategories.Contains(category);
}
