namespace Yiwang.Kernel.Codes;

/// <summary>Why a code did not parse, in both UI languages, with a stable machine key.</summary>
public sealed record CodeError(string Key, string MessageZh, string MessageEn)
{
    public string Message(bool english) => english ? MessageEn : MessageZh;
}

public sealed class CodeFormatException(CodeError error) : FormatException(error?.MessageEn)
{
    public CodeError Error { get; } = error!;
}
