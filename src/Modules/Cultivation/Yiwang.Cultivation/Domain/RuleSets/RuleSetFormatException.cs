namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>A rule-set file is malformed; the message names the file and the field.</summary>
internal sealed class RuleSetFormatException : Exception
{
    public RuleSetFormatException() { }

    public RuleSetFormatException(string message) : base(message) { }

    public RuleSetFormatException(string message, Exception inner) : base(message, inner) { }
}
