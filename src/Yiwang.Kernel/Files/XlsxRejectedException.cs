using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Files;

/// <summary>Why an .xlsx was refused, in words for the person who uploaded it (never parser or exception text).</summary>
public sealed class XlsxRejectedException : Exception
{
    public XlsxRejectedException(Bilingual problem, bool tooLarge)
        : base(problem.En)
    {
        Problem = problem;
        TooLarge = tooLarge;
    }

    public XlsxRejectedException() : this(new("工作簿无法读取", "The workbook cannot be read"), false) { }

    public XlsxRejectedException(string message) : this(new(message, message), false) { }

    public XlsxRejectedException(string message, Exception inner) : base(message, inner) => Problem = new(message, message);

    public Bilingual Problem { get; }

    /// <summary>A limit was exceeded (HTTP 413) rather than the file being damaged or not a workbook (HTTP 422).</summary>
    public bool TooLarge { get; }
}
