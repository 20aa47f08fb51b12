using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Data;

/// <summary>The indicators data file breaks a rule; every error found is listed, not only the first.</summary>
internal sealed class CatalogueFormatException : Exception
{
    public CatalogueFormatException(IReadOnlyList<CatalogueIssue> errors)
        : base("indicators.json is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors)) => Errors = errors;

    public CatalogueFormatException(string message) : base(message) { }

    public CatalogueFormatException(string message, Exception inner) : base(message, inner) { }

    public CatalogueFormatException() { }

    public IReadOnlyList<CatalogueIssue> Errors { get; } = [];
}
