using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>No 1-year LPR is known for the date asked: it is before the reformed LPR began (2019-08-20).</summary>
internal sealed class LprUnavailableException : Exception
{
    public LprUnavailableException(Bilingual message) : base(message.En) => Text = message;

    public LprUnavailableException(string message, Exception inner) : base(message, inner) => Text = new(message, message);

    public LprUnavailableException() => Text = new("无可用的贷款市场报价利率", "No loan prime rate is available");

    public LprUnavailableException(string message) : this(new Bilingual(message, message)) { }

    public Bilingual Text { get; }
}
