namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>A rule-set file is malformed; the message names the file, the row and the field.</summary>
internal sealed class RuleSetFormatException : Exception
{
    public RuleSetFormatException(string message) : base(message) { }

    public RuleSetFormatException(string message, Exception inner) : base(message, inner) { }

    public RuleSetFormatException() { }
}
