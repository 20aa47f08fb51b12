namespace Yiwang.Rules.Loading;

/// <summary>A schema or rule-set file is malformed; the message names the file, the item (by its id) and the field.</summary>
public sealed class RulesFormatException : Exception
{
    public RulesFormatException() { }

    public RulesFormatException(string message) : base(message) { }

    public RulesFormatException(string message, Exception inner) : base(message, inner) { }
}
