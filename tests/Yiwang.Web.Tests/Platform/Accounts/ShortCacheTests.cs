using Microsoft.Extensions.Time.Testing;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>The session check's cache: what it read is trusted for the window on the injected clock, and no longer.</summary>
public sealed class ShortCacheTests
{
    [Fact]
    public async Task AnswerIsKeptForTheWindow_ThenReadAgain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var cache = new ShortCache<string>(clock, () => TimeSpan.FromSeconds(30));
        var reads = 0;
        Task<string?> Load() => Task.FromResult<string?>($"read {++reads}");

        Assert.Equal("read 1", await cache.GetAsync("user", Load));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("read 1", await cache.GetAsync("user", Load)); // still inside the window: a change made elsewhere is not seen yet
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("read 2", await cache.GetAsync("user", Load)); // past it: the database is read again

        cache.Forget("user"); // a change made by this process applies at once
        Assert.Equal("read 3", await cache.GetAsync("user", Load));
    }

    [Fact]
    public async Task ZeroWindow_ReadsEveryTime()
    {
        var cache = new ShortCache<string>(TimeProvider.System, () => TimeSpan.Zero);
        var reads = 0;
        for (var i = 0; i < 3; i++) await cache.GetAsync("user", () => Task.FromResult<string?>($"{++reads}"));
        Assert.Equal(3, reads);
    }
}
