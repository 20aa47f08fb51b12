using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>A valid register row. <see cref="LineNumber"/> is 1-based in the file (the header is line 1).</summary>
internal sealed record RegisterRecord(
    int LineNumber,
    Uscc Uscc,
    string Name,
    RegionCode Region,
    IndustryCode Industry,
    SizeFigures Figures,
    int? ReportingYear,
    IReadOnlyList<string> Cells);

/// <summary>A rejected row: where, why (zh/en) and the text as it was in the file.</summary>
internal sealed record RegisterRowError(int LineNumber, string Key, string ReasonZh, string ReasonEn, string Original)
{
    public string Reason(bool english) => english ? ReasonEn : ReasonZh;
}

/// <summary>Either a record or an error: reading never throws for bad data.</summary>
internal readonly record struct RegisterReadResult(RegisterRecord? Record, RegisterRowError? Error)
{
    public bool IsValid => Record is not null;
}
