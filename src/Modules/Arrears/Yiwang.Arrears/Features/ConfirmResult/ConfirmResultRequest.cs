namespace Yiwang.Arrears.Features.ConfirmResult;

/// <param name="Confirm">True confirms the result and closes the case; false objects (with a reason) and reopens supervision.</param>
internal sealed record ConfirmationRequest(bool Confirm, string? Note, int? ExpectedVersion);
