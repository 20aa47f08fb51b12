namespace Yiwang.Enterprises.Contracts;

/// <summary>What to classify: a register file (.csv or .xlsx) into an output file (.csv or .xlsx).</summary>
/// <param name="RuleSet">An embedded rule-set id (see <see cref="SizeRuleSets"/>) or a path to a rule-set JSON file; null for the default.</param>
/// <param name="English">Reasons in English instead of Chinese.</param>
public sealed record SizeBatchRequest(string InputPath, string OutputPath, string? RuleSet = null, bool English = false)
{
    /// <summary>Bad rows and rows that cannot be classified go here: <c>&lt;output&gt;.errors.csv</c>.</summary>
    public string ErrorsPath => OutputPath + ".errors.csv";
}

public readonly record struct SizeBatchProgress(long Rows, long BytesRead, long TotalBytes);

public sealed record SizeBatchSummary(
    string RuleSetId,
    string InputEncoding,
    long Rows,
    long Classified,
    long Errors,
    IReadOnlyDictionary<string, long> BySize,
    IReadOnlyDictionary<string, long> ErrorsByKind,
    string OutputPath,
    string ErrorsPath,
    TimeSpan Elapsed);

public enum SizeBatchFailure
{
    UnknownRuleSet,
    InvalidRuleSet,
    UnreadableInput,
    InvalidInput,
    UnwritableOutput,
}

/// <summary>The run could not start or could not go on (never thrown for bad rows, which go to the errors file).</summary>
public sealed class SizeBatchException : Exception
{
    public SizeBatchException(SizeBatchFailure failure, string messageZh, string messageEn, Exception? inner = null)
        : base(messageEn, inner)
    {
        Failure = failure;
        MessageZh = messageZh;
    }

    public SizeBatchException() { }

    public SizeBatchException(string message) : base(message) { }

    public SizeBatchException(string message, Exception inner) : base(message, inner) { }

    public SizeBatchFailure Failure { get; }

    public string MessageZh { get; } = string.Empty;
}
