namespace Yiwang.Carbon.Domain.Templates;

/// <summary>
/// Life-cycle stages in report order. The four of EU Battery Regulation Annex II point 4 (raw material acquisition
/// and pre-processing; main product production; distribution; end of life and recycling) plus use, which a full
/// CFP under ISO 14067 / GB/T 24067 includes and Art. 7 leaves out.
/// </summary>
internal static class LifeCycleStages
{
    public static readonly IReadOnlyList<(string Key, string Zh, string En)> All =
    [
        ("raw-material", "原材料获取与预处理", "Raw material acquisition and pre-processing"),
        ("production", "主要产品生产", "Main product production"),
        ("distribution", "分销运输", "Distribution"),
        ("use", "使用", "Use"),
        ("end-of-life", "寿命末期与回收", "End of life and recycling"),
    ];

    public static bool IsKnown(string key) => All.Any(s => s.Key == key);

    public static int Order(string key) => All.ToList().FindIndex(s => s.Key == key);

    /// <summary>Stages that make up the cradle-to-gate part PACT exchanges.</summary>
    public static bool IsCradleToGate(string key) => key is "raw-material" or "production";
}
