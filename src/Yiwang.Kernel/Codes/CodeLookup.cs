using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Codes;

/// <summary>
/// What a picker's text resolved to: a code, nothing (the field was left empty), or why not (unknown, or several
/// matches — listed so the user can choose). Made through <see cref="CodeLookup"/>.
/// </summary>
public sealed record CodeLookup<TCode>(TCode? Code, Bilingual? Error, IReadOnlyList<string> Candidates) where TCode : struct
{
    public bool IsEmpty => Code is null && Error is null;
}

public static class CodeLookup
{
    public static CodeLookup<TCode> Empty<TCode>() where TCode : struct => new(null, null, []);

    public static CodeLookup<TCode> Found<TCode>(TCode code) where TCode : struct => new(code, null, []);

    public static CodeLookup<TCode> Failed<TCode>(Bilingual error, IReadOnlyList<string>? candidates = null) where TCode : struct =>
        new(null, error, candidates ?? []);
}
