namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The tier whose steps differ (the province nominates, MIIT recognises and revokes). Who may see and act on an application
/// is the review chain's (cultivation-review-chain.json, Yiwang.Reviews), not code here.
/// </summary>
internal static class ApplicationAccess
{
    public const string LittleGiant = "littleGiant";
}
