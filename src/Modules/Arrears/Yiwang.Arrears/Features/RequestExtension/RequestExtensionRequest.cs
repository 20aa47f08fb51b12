namespace Yiwang.Arrears.Features.RequestExtension;

internal sealed record ExtensionRequestInput(int? Days, string? Reason, int? ExpectedVersion);
