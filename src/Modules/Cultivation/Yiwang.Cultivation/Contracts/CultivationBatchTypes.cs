namespace Yiwang.Cultivation.Contracts;

/// <summary>Evaluate every row of a facts file (.csv UTF-8/GB18030 or .xlsx) against one tier, or <c>all</c>, of one rule set (docs/user-guide/cultivation-evaluate.md).</summary>
/// <param name="English">Gap texts in English instead of Chinese.</param>
/// <param name="Progress">Rows read so far, every 100,000 rows and at the end.</param>
public sealed record CultivationBatchRequest(string InputPath, string OutputPath, string RuleSetId, string Tier, bool English = false, IProgress<long>? Progress = null)
{
    /// <summary>Bad rows go here with their line number and reason: <c>&lt;output&gt;.errors.csv</c>.</summary>
    public string ErrorsPath => OutputPath + ".errors.csv";
}

/// <param name="Undetermined">Tier evaluations a missing fact decides (written as <c>undetermined</c>); neither eligible nor not.</param>
public sealed record CultivationBatchSummary(
    string RuleSetId, string Tier, long Rows, long Eligible, long NotEligible, long Errors, string OutputPath, string ErrorsPath, long Undetermined = 0);

/// <summary>The run cannot start (unknown rule set or tier, unreadable input, unknown column); never thrown for a bad row.</summary>
public sealed class CultivationBatchException : Exception
{
    public CultivationBatchException(string messageZh, string messageEn, Exception? inner = null)
        : base(messageEn, inner) => MessageZh = messageZh;

    public CultivationBatchException() { }

    public CultivationBatchException(string message) : base(message) { }

    public CultivationBatchException(string message, Exception inner) : base(message, inner) { }

    public string MessageZh { get; } = string.Empty;
}
