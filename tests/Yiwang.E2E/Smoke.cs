namespace Yiwang.E2E;
public sealed class SmokeTests { [Fact] public void Builds() => Assert.True(true); }
