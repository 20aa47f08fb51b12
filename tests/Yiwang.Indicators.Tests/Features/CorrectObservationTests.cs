using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features.CorrectObservation;
using Yiwang.Indicators.Tests.Infrastructure;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Tests.Features;

public sealed class CorrectObservationTests : IAsyncLifetime
{
    private static readonly CallerScope National = new(Roles.Official, null, RegionCode.National, "official-national");
    private static readonly Period June2024 = new(2024, 6);
    private ModuleServices module = null!;

    public async ValueTask InitializeAsync() => module = await ModuleServices.CreateAsync();

    public async ValueTask DisposeAsync() => await module.DisposeAsync();

    private async Task<(CorrectionOutcome, Observation?)> CorrectAsync(string code, decimal value, CallerScope caller, string region = "000000")
    {
        await using var scope = module.Scope();
        return await scope.ServiceProvider.GetRequiredService<CorrectObservationHandler>().CorrectAsync(
            code, region, June2024, new CorrectionRequest(value, "核对公报原文", null, null, null, null), null, caller, CancellationToken.None);
    }

    [Fact]
    public async Task A_correction_adds_a_revision_and_the_derived_share_follows_it()
    {
        // 2024-06: 391.7 of 1188 base stations are 5G (32.97%).
        var (outcome, current) = await CorrectAsync("mobile-base-stations", 1200m, National);

        Assert.Equal(CorrectionOutcome.Corrected, outcome);
        Assert.Equal(2, current!.Revision);
        await using var scope = module.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ObservationStore>();
        var history = await store.RevisionsAsync("mobile-base-stations", "000000", June2024, CancellationToken.None);
        Assert.Equal([1200m, 1188m], history.Select(r => r.Value));
        Assert.Equal("核对公报原文", history[0].Reason);
        var share = DerivedValues.Compute(new IndicatorFormula("5g-base-stations", "mobile-base-stations"), await store.SeriesAsync("5g-base-stations", "000000", CancellationToken.None),
            await store.SeriesAsync("mobile-base-stations", "000000", CancellationToken.None), []);
        Assert.Equal(32.64m, share.Single(d => d.Period == June2024).Value); // 391.7 / 1200
        Assert.Contains(module.Audit.Events, e => e.Action == "indicators.corrected" && e.Subject == "mobile-base-stations/000000/2024-06");
    }

    [Fact]
    public async Task Confirming_a_secondary_value_vouches_for_it_once_and_then_is_no_change()
    {
        var (outcome, _) = await CorrectAsync("5g-base-stations", 391.7m, National with { UserId = "x" });

        // The shipped value is [secondary]; a correction to the same number still vouches for it, so only value-equal
        // corrections that also keep the confidence are no-ops: correct twice and the second is one.
        Assert.Equal(CorrectionOutcome.Corrected, outcome);
        var (second, _) = await CorrectAsync("5g-base-stations", 391.7m, National);
        Assert.Equal(CorrectionOutcome.NoChange, second);
    }

    [Fact]
    public async Task Other_jurisdictions_and_missing_values_are_refused()
    {
        var zhejiang = new CallerScope(Roles.Official, null, RegionCode.Parse("330000"), "zj");
        Assert.Equal(CorrectionOutcome.Forbidden, (await CorrectAsync("5g-base-stations", 1m, zhejiang)).Item1);
        Assert.Equal(CorrectionOutcome.Forbidden, (await CorrectAsync("5g-base-stations", 1m, new CallerScope(Roles.Admin, null, null, "admin"))).Item1);
        Assert.Equal(CorrectionOutcome.NotFound, (await CorrectAsync("5g-base-stations", 1m, zhejiang, "330000")).Item1);
    }
}
