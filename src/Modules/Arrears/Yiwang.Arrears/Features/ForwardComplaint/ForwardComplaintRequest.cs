namespace Yiwang.Arrears.Features.ForwardComplaint;

/// <param name="Note">Optional note to the handling department.</param>
internal sealed record ForwardingRequest(string? Note, int? ExpectedVersion);
