namespace Yiwang.Enterprises.Features.UploadRegister;

internal sealed record ImportRowProblem(int Line, string Reason, string Original);

/// <summary>What an import did; rejected rows keep their line number and original text so nothing is lost.</summary>
internal sealed record ImportReport(int Added, int Updated, int Rejected, IReadOnlyList<ImportRowProblem> Problems, bool ProblemsTruncated)
{
    public const int MaxProblemsListed = 1000;
}
