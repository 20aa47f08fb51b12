using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web.Commands;

/// <summary>
/// What every command handler of every module answers: done (with what happens next, for the page to say), or why not —
/// field errors, not found, forbidden, conflict or a refused rule. Handlers validate their own input and never throw for
/// a user's mistake; endpoints answer <see cref="ToHttp"/>, pages show <see cref="Message"/> and <see cref="Errors"/>.
/// </summary>
public record CommandResult(CommandStatus Status, Bilingual? Message, FieldErrors Errors)
{
    public bool Succeeded => Status == CommandStatus.Done;

    /// <summary>Done; <paramref name="next"/> tells the user what happens now (e.g. "已提交，受理审查截止 2026-12-21").</summary>
    public static CommandResult Done(Bilingual? next = null) => new(CommandStatus.Done, next, new FieldErrors());

    public static CommandResult Invalid(FieldErrors errors) => new(CommandStatus.Invalid, null, errors);

    public static CommandResult Invalid(string field, Bilingual message) => Invalid(FieldErrors.Of(field, message));

    public static CommandResult NotFound(Bilingual what) => new(CommandStatus.NotFound, what, new FieldErrors());

    public static CommandResult Forbidden(Bilingual why) => new(CommandStatus.Forbidden, why, new FieldErrors());

    public static CommandResult Conflict(Bilingual why) => new(CommandStatus.Conflict, why, new FieldErrors());

    public static CommandResult Unprocessable(Bilingual why) => new(CommandStatus.Unprocessable, why, new FieldErrors());

    /// <summary>A rule refuses one field's well-formed value (a parameter outside what the model allows): 422 naming the field.</summary>
    public static CommandResult Unprocessable(string field, Bilingual why) => new(CommandStatus.Unprocessable, why, FieldErrors.Of(field, why));

    /// <summary>Done, carrying the changed record (or the view the API returns).</summary>
    public static CommandResult<T> Of<T>(T value, Bilingual? next = null) => new(CommandStatus.Done, value, next, new FieldErrors());

    /// <summary>This failure as the answer of a command that returns a value (validation and access checks have none).</summary>
    public CommandResult<T> As<T>() => Succeeded
        ? throw new InvalidOperationException("A done result has no failure to carry over.")
        : new(Status, default, Message, Errors);

    /// <summary>The answer for the API: RFC 7807 problem details for failures, <paramref name="onDone"/> (default 204) when done.</summary>
    public IResult ToHttp(Func<IResult>? onDone = null) => Status switch
    {
        CommandStatus.Done => onDone?.Invoke() ?? Results.NoContent(),
        CommandStatus.Invalid => ApiProblems.Invalid(Errors.ToProblemErrors()),
        CommandStatus.NotFound => ApiProblems.NotFound(Message ?? DefaultNotFound),
        CommandStatus.Forbidden => ApiProblems.Forbidden(Message ?? DefaultForbidden),
        CommandStatus.Conflict => ApiProblems.Conflict(Message ?? DefaultConflict),
        _ when Errors.Any => Results.ValidationProblem(Errors.ToProblemErrors(), statusCode: StatusCodes.Status422UnprocessableEntity, title: (Message ?? DefaultRefused).Current),
        _ => ApiProblems.Unprocessable(Message ?? DefaultRefused),
    };

    /// <summary>The HTTP status of this answer, for a page that answers a failed command as the API does (409 for a stale decision).</summary>
    public int StatusCode => StatusCodeOf(Status);

    /// <summary>The HTTP status each outcome answers with (the same as <see cref="ToHttp"/>).</summary>
    public static int StatusCodeOf(CommandStatus status) => status switch
    {
        CommandStatus.Invalid => StatusCodes.Status400BadRequest,
        CommandStatus.NotFound => StatusCodes.Status404NotFound,
        CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
        CommandStatus.Conflict => StatusCodes.Status409Conflict,
        CommandStatus.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status200OK,
    };

    /// <summary>One sentence for a page banner: the message, or how many fields need attention.</summary>
    public string Describe() => Message?.Current ?? (Errors.Any
        ? Bilingual.T($"有 {Errors.Count} 处需要修改，请查看标出的字段。", $"{Errors.Count} field(s) need attention; see the marked fields.")
        : string.Empty);

    private static readonly Bilingual DefaultNotFound = new("未找到，或不在您的查看范围内", "Not found, or not in your scope");
    private static readonly Bilingual DefaultForbidden = new("您的角色不能进行此操作", "Your role may not do this");
    private static readonly Bilingual DefaultConflict = new("该记录已被他人更改，请刷新后重试", "The record changed meanwhile; reload and try again");
    private static readonly Bilingual DefaultRefused = new("该操作不符合规则", "A rule refuses this");
}

/// <summary>A <see cref="CommandResult"/> that, when done, carries the changed record (or the view the API returns).</summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, Bilingual? Message, FieldErrors Errors)
    : CommandResult(Status, Message, Errors)
{
    /// <summary>The API answer: <paramref name="onDone"/> of the value when done (e.g. 200 with a DTO), problem details otherwise.</summary>
    public IResult ToHttp(Func<T, IResult> onDone)
    {
        ArgumentNullException.ThrowIfNull(onDone);
        return Succeeded ? onDone(Value!) : base.ToHttp();
    }
}
