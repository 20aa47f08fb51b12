namespace Yiwang.Arrears.Features.Complaints;

/// <summary>Body of commands that carry nothing but the version the caller saw.</summary>
internal sealed record VersionInput(int? ExpectedVersion);
