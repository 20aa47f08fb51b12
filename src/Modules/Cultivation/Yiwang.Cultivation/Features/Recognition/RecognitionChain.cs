using Yiwang.Reviews.Chains;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The review chain of a recognition (申报 → 县（市）初审 → 省级认定 / 推荐 → 工业和信息化部认定小巨人; 有效期, 复核, 撤销), as
/// configured in Data/Reference/cultivation-review-chain.json and run by Yiwang.Reviews.
/// </summary>
internal static class RecognitionChain
{
    public const string FileName = "cultivation-review-chain.json";

    private static readonly Lazy<ReviewChain> Loaded = new(() =>
    {
        using var stream = typeof(RecognitionChain).Assembly.GetManifestResourceStream("Yiwang.Cultivation.Reference." + FileName)
            ?? throw new InvalidOperationException($"Embedded {FileName} is missing.");
        return ReviewChainLoader.Load(stream, "Data/Reference/" + FileName);
    });

    public static ReviewChain Current => Loaded.Value;

    // The states the endpoints act from (ids in the chain file).
    public const string Submitted = "submitted";
    public const string LocallyRecommended = "locallyRecommended";
    public const string NationallyNominated = "nationallyNominated";
    public const string Returned = "returned";
    public const string Recognised = "recognised";
}
