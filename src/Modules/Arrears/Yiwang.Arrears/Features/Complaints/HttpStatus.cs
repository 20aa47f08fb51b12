using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>A page answers a failed command with the status code the API gives it, so both tell the same story.</summary>
internal static class HttpStatus
{
    public static int Of(CommandStatus status) => CommandResult.StatusCodeOf(status);
}
