using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.Complaints;

internal enum CaseCommandStatus
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    Unprocessable,
}

/// <summary>What a command on a case came to; pages show <see cref="Message"/>, the API maps it to a status code.</summary>
internal sealed record CaseCommandResult(CaseCommandStatus Status, ComplaintCase? Case, Bilingual? Message)
{
    public static readonly Bilingual NotFoundText = new("未找到该案件或无权查看", "No such case in your scope");

    public static CaseCommandResult Done(ComplaintCase c) => new(CaseCommandStatus.Done, c, null);

    public static CaseCommandResult NotFound() => new(CaseCommandStatus.NotFound, null, NotFoundText);

    public static CaseCommandResult Forbidden(Bilingual why) => new(CaseCommandStatus.Forbidden, null, why);

    public static CaseCommandResult Conflict(Bilingual why) => new(CaseCommandStatus.Conflict, null, why);

    public static CaseCommandResult Unprocessable(Bilingual why) => new(CaseCommandStatus.Unprocessable, null, why);

    public bool Succeeded => Status == CaseCommandStatus.Done;

    public IResult ToHttp(Func<ComplaintCase, IResult> onDone) => Status switch
    {
        CaseCommandStatus.Done => onDone(Case!),
        CaseCommandStatus.NotFound => ApiProblems.NotFound(Message!.Value),
        CaseCommandStatus.Forbidden => ApiProblems.Forbidden(Message!.Value),
        CaseCommandStatus.Conflict => ApiProblems.Conflict(Message!.Value),
        _ => ApiProblems.Unprocessable(Message!.Value),
    };
}
