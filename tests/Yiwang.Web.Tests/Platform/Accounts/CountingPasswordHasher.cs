using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>Identity's hasher, counting how often a password was checked: an unknown account must cost the same work.</summary>
internal sealed class CountingPasswordHasher : IPasswordHasher<PlatformUser>
{
    private readonly PasswordHasher<PlatformUser> inner = new();
    private int verifications;

    public int Verifications => Volatile.Read(ref verifications);

    public string HashPassword(PlatformUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PlatformUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verifications);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
