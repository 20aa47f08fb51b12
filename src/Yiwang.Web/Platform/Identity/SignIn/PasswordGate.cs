using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.SignIn;

internal enum GateOutcome
{
    /// <summary>Right password, verified account: begin a session.</summary>
    Passed,

    /// <summary>Right password, e-mail not yet verified: only the "check your e-mail" page.</summary>
    Unverified,

    /// <summary>Unknown account, wrong password, held back or locked — one answer for all.</summary>
    Refused,
}

internal sealed record GateResult(GateOutcome Outcome, PlatformUser? User);

/// <summary>
/// The one password check of the login form and the token endpoint. Every attempt costs one password hash — an unknown
/// e-mail is checked against a dummy hash — and every refusal is the same refusal, so neither the time nor the answer
/// tells whether an account exists or is locked (issue 14, enumeration).
/// </summary>
internal sealed class PasswordGate(UserManager<PlatformUser> users, IPasswordHasher<PlatformUser> hasher, DummyPassword dummy,
    SignInThrottle throttle, TimeProvider clock, IAuditTrail audit)
{
    public async Task<GateResult> CheckAsync(string? email, string? password, IPAddress? address, CancellationToken cancellationToken)
    {
        email = (email ?? string.Empty).Trim();
        password ??= string.Empty;
        var heldBack = throttle.IsHeldBack(email, address);
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        bool correct;
        if (user is null)
        {
            _ = hasher.VerifyHashedPassword(dummy.User, dummy.Hash(hasher), password);
            correct = false;
        }
        else
        {
            correct = await users.CheckPasswordAsync(user, password);
        }

        var locked = user?.LockoutEnd is { } end && end > clock.GetUtcNow();
        if (!correct) throttle.Failed(email, address);
        if (!correct || heldBack || locked)
        {
            // Failed sign-ins are security events (ASVS 16.3.1); the subject is the account id, never the typed e-mail.
            var action = locked ? "account.login.locked" : heldBack ? "account.login.held-back" : "account.login.failed";
            await audit.RecordAsync(new AuditEvent(action, user?.Id ?? "unknown-account", "anonymous"), cancellationToken);
            return new GateResult(GateOutcome.Refused, null);
        }

        throttle.Succeeded(email, address);
        return new GateResult(user!.EmailConfirmed ? GateOutcome.Passed : GateOutcome.Unverified, user);
    }
}

/// <summary>A hash of a random password, made once with the host's hasher, that unknown e-mails are checked against.</summary>
internal sealed class DummyPassword
{
    private string? made;

    public PlatformUser User { get; } = new() { Id = "dummy", UserName = "dummy" };

    public string Hash(IPasswordHasher<PlatformUser> hasher) =>
        made ??= hasher.HashPassword(User, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
}
