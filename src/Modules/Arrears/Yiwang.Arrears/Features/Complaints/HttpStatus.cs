using Microsoft.AspNetCore.Http;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>A page answers a failed command with the status code the API gives it, so both tell the same story.</summary>
internal static class HttpStatus
{
    public static int Of(CommandStatus status) => status switch
    {
        CommandStatus.Invalid => StatusCodes.Status400BadRequest,
        CommandStatus.NotFound => StatusCodes.Status404NotFound,
        CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
        CommandStatus.Conflict => StatusCodes.Status409Conflict,
        CommandStatus.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status200OK,
    };
}
