using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests;

/// <summary>Accounts beyond the demo seed, created through Identity (idempotent), all with the demo password.</summary>
internal static class IdentityAccounts
{
    public static async Task EnsureAsync(YiwangApp app, params (string Email, string Role, string? Region, string? Uscc)[] accounts)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var (email, role, region, uscc) in accounts)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
            var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, RegionCode = region, Uscc = uscc };
            var created = await users.CreateAsync(user, SeededAccounts.Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
    }
}
