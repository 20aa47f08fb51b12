namespace Yiwang.Arrears.Features.DecideExtension;

internal sealed record ExtensionDecisionInput(bool Approve, string? Note, int? ExpectedVersion);
