using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features.CorrectObservation;
using Yiwang.Indicators.Tests.Infrastructure;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Tests.Data;

public sealed class ReferenceSeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrating_again_adds_nothing_and_never_puts_back_a_corrected_value()
    {
        await using var module = await ModuleServices.CreateAsync();
        await using (var scope = module.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
            Assert.Equal(CatalogueLoader.Default.Observations.Count, await db.Observations.CountAsync(o => o.UpdatedBy != DerivedRecompute.Actor, Ct));
            Assert.Equal(CatalogueLoader.Default.Observations.Count, await db.Revisions.CountAsync(r => r.Origin == "seed", Ct));
            // The one formula value the shipped data lacks: 5G base stations per 10,000 people at end-2024 (reference: n/a).
            var computed = await db.Observations.SingleAsync(o => o.UpdatedBy == DerivedRecompute.Actor, Ct);
            Assert.Equal(("5g-base-stations-per-10k", new Period(2024, 12).Index, 30.19m), (computed.Indicator, computed.PeriodIndex, computed.Value));
            var national = new CallerScope(Roles.Official, null, RegionCode.National, "official-national");
            var (outcome, _) = await scope.ServiceProvider.GetRequiredService<CorrectObservationHandler>().CorrectAsync("5g-base-stations", "000000",
                new Period(2025, 12), new CorrectionRequest(484m, "test", null, null, null, null), null, national, Ct);
            Assert.Equal(CorrectionOutcome.Corrected, outcome);
        }

        await ModuleServices.MigrateAsync(module.Provider);
        await using (var scope = module.Scope())
        {
            await new IndicatorsModule().SeedDemoAsync(scope.ServiceProvider, Ct);
            var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
            Assert.Equal(CatalogueLoader.Default.Observations.Count + 1, await db.Observations.CountAsync(Ct));
            var current = await db.Observations.SingleAsync(o => o.Indicator == "5g-base-stations" && o.Region == "000000" && o.PeriodIndex == new Period(2025, 12).Index, Ct);
            Assert.Equal(484m, current.Value);
            Assert.Equal(2, current.Revision);
        }
    }
}
