namespace Yiwang.Cultivation.Features.Recognition;

/// <param name="Decision">
/// Local review: <c>recommend</c> | <c>return</c> | <c>reject</c>. Province: <c>approve</c> (创新型 / 专精特新),
/// <c>recommend</c> (小巨人, to MIIT), <c>return</c> | <c>reject</c>. National: <c>approve</c> | <c>reject</c>.
/// </param>
/// <param name="ExpectedVersion">The application's version the reviewer saw; a stale one answers 409 and nothing changes.</param>
internal sealed record ReviewDecision(string? Decision, string? Reason, int? ExpectedVersion = null);

/// <summary>Revocation and renewal (复核通过).</summary>
internal sealed record RevokeRequest(string? Reason, int? ExpectedVersion = null);
