namespace Yiwang.Kernel.Web.Commands;

/// <summary>How a command ended. Each failure has one HTTP status (see <see cref="CommandResult.ToHttp"/>).</summary>
public enum CommandStatus
{
    /// <summary>Done; the state changed as asked.</summary>
    Done,

    /// <summary>400: fields are missing or malformed; <see cref="CommandResult.Errors"/> says which.</summary>
    Invalid,

    /// <summary>404: no such record, or not in the caller's scope (the two are not told apart).</summary>
    NotFound,

    /// <summary>403: the caller's role may not do this.</summary>
    Forbidden,

    /// <summary>409: the record changed meanwhile (stale version) or is no longer in a state that allows this.</summary>
    Conflict,

    /// <summary>422: well-formed, but a rule refuses it.</summary>
    Unprocessable,
}
