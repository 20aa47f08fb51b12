using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Carbon.Features.Pact;

/// <summary>
/// OAuth2 client credentials (RFC 6749 §4.4) for the PACT endpoints, separate from the platform's user sign-in:
/// an enterprise issues a client id and secret to a customer system; the customer exchanges them at
/// <c>POST /auth/token</c> for a short-lived bearer token that reads only that enterprise's footprints. Secrets and
/// tokens are 256-bit random values, so a SHA-256 hash is enough to store them (no password stretching needed).
/// </summary>
internal sealed class PactCredentials(CarbonDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    /// <summary>Issues a client id and secret (the secret only ever leaves here); a missing or long name is a 400 on <c>name</c>, no enterprise 403.</summary>
    public async Task<CommandResult<(string ClientId, string Secret)>> IssueClientAsync(string? name, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return CarbonResults.EnterpriseOnly.As<(string, string)>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            return CommandResult.Invalid("name", new Bilingual("请填写客户名称（不超过 200 字）", "Name the customer system (up to 200 characters)")).As<(string, string)>();
        var clientId = "pact-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.PactClients.Add(new PactClientRecord
        {
            ClientId = clientId, SecretHash = Hash(secret), OwnerUscc = uscc.Value, Name = name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = caller.UserId,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("carbon.pact-client.issued", clientId, caller.UserId, $"owner={uscc.Value}"), ct);
        return CommandResult.Of((clientId, secret), new Bilingual(
            $"已为“{name}”签发凭据。请立即复制密钥交给客户：离开本页后无法再次查看。",
            $"Credentials issued to “{name}”. Copy the secret for the customer now: it cannot be shown again."));
    }

    public async Task<IReadOnlyList<PactClientRecord>> ListClientsAsync(CallerScope caller, CancellationToken ct)
    {
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return [];
        return await db.PactClients.AsNoTracking().Where(c => c.OwnerUscc == uscc.Value).OrderBy(c => c.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Revokes a client the caller's enterprise issued: its tokens stop working at once (they are deleted, and
    /// <see cref="ValidateAsync"/> checks the client too) and it gets no new ones. Revoking twice changes nothing.
    /// </summary>
    /// <returns>Done, or not found when the enterprise issued no such client (404), or no enterprise (403).</returns>
    public async Task<CommandResult> RevokeClientAsync(string clientId, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return CarbonResults.EnterpriseOnly;
        var client = await db.PactClients.FirstOrDefaultAsync(c => c.ClientId == clientId && c.OwnerUscc == uscc.Value, ct);
        if (client is null) return CommandResult.NotFound(new Bilingual("未找到该客户端，或不是本企业签发的", "No such client issued by your enterprise"));
        if (client.RevokedAtUtc is null)
        {
            client.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await db.PactTokens.Where(t => t.ClientId == clientId).ExecuteDeleteAsync(ct);
            await audit.RecordAsync(new AuditEvent("carbon.pact-client.revoked", clientId, caller.UserId, $"owner={uscc.Value}"), ct);
        }

        return CommandResult.Done(new Bilingual($"已撤销“{client.Name}”：其令牌立即失效，也不能再换取新令牌。",
            $"“{client.Name}” revoked: its tokens stop working now and it can get no new ones."));
    }

    /// <returns>The token, or null for an unknown client, a wrong secret or a revoked client (not told apart).</returns>
    public async Task<string?> IssueTokenAsync(string clientId, string secret, CancellationToken ct)
    {
        var client = await db.PactClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        var presented = Encoding.ASCII.GetBytes(Hash(secret));
        var stored = Encoding.ASCII.GetBytes(client?.SecretHash ?? new string('0', 64));
        if (!CryptographicOperations.FixedTimeEquals(presented, stored) || client is null || client.RevokedAtUtc is not null) return null;
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.PactTokens.Add(new PactTokenRecord { TokenHash = Hash(token), ClientId = clientId, OwnerUscc = client.OwnerUscc, ExpiresAtUtc = now + TokenLifetime });
        await db.PactTokens.Where(t => t.ClientId == clientId && t.ExpiresAtUtc < now).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("carbon.pact-token.issued", clientId, "pact:" + clientId, $"owner={client.OwnerUscc}"), ct);
        return token;
    }

    /// <returns>The owner USCC whose footprints the token may read, or why not.</returns>
    public async Task<(string? OwnerUscc, PactError? Error)> ValidateAsync(string? authorization, CancellationToken ct)
    {
        const string Prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return (null, PactError.AccessDenied);
        var hash = Hash(authorization[Prefix.Length..].Trim());
        var token = await db.PactTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null) return (null, PactError.AccessDenied);
        if (token.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime) return (null, PactError.TokenExpired);
        var revoked = await db.PactClients.AsNoTracking().AnyAsync(c => c.ClientId == token.ClientId && c.RevokedAtUtc != null, ct);
        return revoked ? (null, PactError.AccessDenied) : (token.OwnerUscc, null);
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal enum PactError
{
    AccessDenied,
    TokenExpired,
    NoSuchFootprint,
    BadRequest,
    NotImplemented,
}
