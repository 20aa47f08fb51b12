namespace Yiwang.Reviews.Chains;

/// <summary>A chain file that cannot be used; the message names the file, the item and the field.</summary>
public sealed class ReviewChainFormatException : Exception
{
    public ReviewChainFormatException(string message) : base(message)
    {
    }

    public ReviewChainFormatException(string message, Exception inner) : base(message, inner)
    {
    }

    public ReviewChainFormatException()
    {
    }
}
