using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Data;

/// <summary>A completed digital-level questionnaire; the latest one pre-fills facts.digitalLevel in an application.</summary>
internal sealed class DigitalAssessmentRecord
{
    public long Id { get; set; }
    public string Uscc { get; set; } = string.Empty;

    /// <summary>The enterprise's registered region when it completed the questionnaire (city aggregates); null if not registered then.</summary>
    public string? RegionCode { get; set; }
    public string IndexId { get; set; } = string.Empty;
    public string AnswersJson { get; set; } = "{}";
    public decimal Total { get; set; }
    public int Level { get; set; }
    public string ActorId { get; set; } = string.Empty;
    public DateTimeOffset CompletedAt { get; set; }
}

/// <summary>The wizard's answers so far, one draft per enterprise, saved on every step.</summary>
internal sealed class DigitalDraftRecord
{
    public string Uscc { get; set; } = string.Empty;
    public string IndexId { get; set; } = string.Empty;
    public string AnswersJson { get; set; } = "{}";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The states of an application as the list filter names them (<c>?status=Recognised</c>); the states themselves are the
/// review chain's (cultivation-review-chain.json), see <see cref="ApplicationStatuses"/>.
/// </summary>
internal enum ApplicationStatus
{
    [Label("待县（市）初审", "Awaiting county/city review")] Submitted,
    [Label("已退回修改", "Returned for changes")] Returned,
    [Label("未通过", "Rejected")] Rejected,
    [Label("已推荐，待省级审核", "Recommended, awaiting the province")] LocallyRecommended,
    [Label("省级已推荐，待工业和信息化部认定", "Nominated, awaiting MIIT")] NationallyNominated,
    [Label("已认定", "Recognised")] Recognised,
    [Label("已撤销", "Revoked")] Revoked,
}

internal static class ApplicationStatuses
{
    /// <summary>The chain state id of a filter value (<c>LocallyRecommended</c> → <c>locallyRecommended</c>).</summary>
    public static string StateOf(ApplicationStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
