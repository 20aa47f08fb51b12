namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>A reference file (digital-level index, provincial features) is malformed; the message names the file and the field. Rule sets and the facts schema throw the engine's RulesFormatException.</summary>
internal sealed class RuleSetFormatException : Exception
{
    public RuleSetFormatException() { }

    public RuleSetFormatException(string message) : base(message) { }

    public RuleSetFormatException(string message, Exception inner) : base(message, inner) { }
}
