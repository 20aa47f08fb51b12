using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.ApplyWizard;

/// <summary>
/// When the level now holding an application should decide, and on what basis: the stage deadline the review chain
/// (Data/Reference/cultivation-review-chain.json, on the work calendar) set when the application reached that level.
/// The 办法 leaves each level's time to the provincial batch notice, so the chain's periods are platform targets and the
/// basis says so wherever the date is shown.
/// </summary>
internal static class ReviewDeadlines
{
    private static readonly Bilingual Fallback = new("以当批申报通知为准", "the batch notice prevails");

    public static DateOnly? For(Recognition.ApplicationDto application) => application?.StageDueOn;

    public static Bilingual BasisOf(Recognition.ApplicationDto application) => application?.StageDueRule ?? Fallback;
}
