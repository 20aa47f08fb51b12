using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

internal enum CommandFailure { None, NotFound, Forbidden, Conflict, Invalid }

/// <summary>What a workflow command answers: the application after the change, or why nothing changed.</summary>
internal sealed record CommandResult(ApplicationDto? Application, CommandFailure Failure, Bilingual? Message, IReadOnlyDictionary<string, Bilingual>? Errors)
{
    public bool Succeeded => Failure == CommandFailure.None;

    public static CommandResult Ok(ApplicationDto dto) => new(dto, CommandFailure.None, null, null);

    /// <summary>Also used when the caller may not see the application, so its existence is not revealed.</summary>
    public static CommandResult NotFound() => new(null, CommandFailure.NotFound, new("没有找到该申请", "No such application"), null);

    public static CommandResult Forbidden(Bilingual why) => new(null, CommandFailure.Forbidden, why, null);

    public static CommandResult Conflict(Bilingual why) => new(null, CommandFailure.Conflict, why, null);

    public static CommandResult Invalid(IReadOnlyDictionary<string, Bilingual> errors) => new(null, CommandFailure.Invalid, null, errors);

    public static CommandResult Invalid(string field, Bilingual error) => Invalid(new Dictionary<string, Bilingual> { [field] = error });

    public IResult ToHttp() => Failure switch
    {
        CommandFailure.None => Results.Ok(Application),
        CommandFailure.NotFound => ApiProblems.Status(StatusCodes.Status404NotFound, Message!.Value),
        CommandFailure.Forbidden => ApiProblems.Status(StatusCodes.Status403Forbidden, Message!.Value),
        CommandFailure.Conflict => ApiProblems.Status(StatusCodes.Status409Conflict, Message!.Value),
        _ => ApiProblems.Invalid(Errors!),
    };

    /// <summary>The message for a page.</summary>
    public string Describe() => Message?.Current ?? string.Join("；", (Errors ?? new Dictionary<string, Bilingual>()).Select(e => $"{e.Key}: {e.Value.Current}"));
}
