using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features.CorrectObservation;
using Yiwang.Indicators.Features.ImportObservations;
using Yiwang.Indicators.Tests.Infrastructure;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Tests.Features;

/// <summary>Formula indicators stored and kept in step with their inputs: 5G base stations per 10,000 people.</summary>
public sealed class DerivedIndicatorTests : IAsyncLifetime
{
    private const string PerTenThousand = "5g-base-stations-per-10k";
    private static readonly CallerScope Zhejiang = new(Roles.Official, null, RegionCode.Parse("330000"), "official-zj");
    private static readonly CallerScope National = new(Roles.Official, null, RegionCode.National, "official-national");
    private static readonly int December2024 = new Period(2024, 12).Index;
    private ModuleServices module = null!;

    public async ValueTask InitializeAsync() => module = await ModuleServices.CreateAsync();

    public async ValueTask DisposeAsync() => await module.DisposeAsync();

    private async Task<ObservationRecord?> StoredAsync(string code, string region, int periodIndex)
    {
        await using var scope = module.Scope();
        return await scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>().Observations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Indicator == code && o.Region == region && o.PeriodIndex == periodIndex);
    }

    private async Task<ImportReport> ImportAsync(string csv, CallerScope caller)
    {
        await using var scope = module.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ImportObservationsHandler>()
            .ImportAsync(Encoding.UTF8.GetBytes(csv), "zj.csv", null, caller, CancellationToken.None);
        return result.Report!;
    }

    [Fact]
    public void Population_is_shipped_nationally_and_for_all_31_provinces_with_a_source()
    {
        var catalogue = CatalogueLoader.Default;
        var population = catalogue.Observations.Where(o => o.Indicator == "resident-population").ToList();
        Assert.Equal(140828m, population.Single(o => o.Region == "000000" && o.Period == new Period(2024, 12)).Value);
        Assert.Equal(31, population.Count(o => o.Region != "000000" && o.Period == new Period(2024, 12)));
        Assert.All(population, o => Assert.True(catalogue.Sources.ContainsKey(o.Source)));
        // Provincial figures compiled without a figure-by-figure check are marked so, and say how to correct them.
        Assert.All(population.Where(o => o.Source == "provinces-communique-2024"), o => Assert.Equal("unconfirmed", o.Confidence));
        var formula = catalogue.Find(PerTenThousand)!.Formula!;
        Assert.Equal(("5g-base-stations", "resident-population", 10000m), (formula.Numerator, formula.Denominator, formula.Factor));
    }

    [Fact]
    public async Task The_seed_computes_the_missing_national_year_and_keeps_the_published_ones()
    {
        // End-2024: 425.1 万 5G base stations ÷ 140828 万 people × 10000 = 30.19 (the reference sheet has n/a).
        var computed = await StoredAsync(PerTenThousand, "000000", December2024);
        Assert.Equal((30.19m, "derived", DerivedRecompute.Actor, "formula"), (computed!.Value, computed.Status, computed.UpdatedBy, computed.Source));
        Assert.Equal("425.1 ÷ 140828 × 10000 = 30.19", computed.Note);
        // End-2022 was published (16.4); the formula gives 16.38 but never overwrites a published figure.
        var published = await StoredAsync(PerTenThousand, "000000", new Period(2022, 12).Index);
        Assert.Equal((16.4m, "reported", 1), (published!.Value, published.Status, published.Revision));
    }

    [Fact]
    public async Task A_province_import_computes_its_ratio_and_a_population_correction_recomputes_it_as_a_new_revision()
    {
        // 浙江 imports its year-end 5G count; its population (6670 万) is shipped: 20.01 ÷ 6670 × 10000 = 30.
        var report = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,330000,2024-12,20.01,浙江省通信管理局\n", Zhejiang);
        Assert.Equal(1, report.Added);
        var first = await StoredAsync(PerTenThousand, "330000", December2024);
        Assert.Equal((30m, 1, "unconfirmed"), (first!.Value, first.Revision, first.Confidence)); // as weak as its weaker input

        // The province corrects its population (e.g. after checking the communiqué): the ratio follows.
        await using (var scope = module.Scope())
        {
            var (outcome, _) = await scope.ServiceProvider.GetRequiredService<CorrectObservationHandler>().CorrectAsync("resident-population", "330000",
                new Period(2024, 12), new CorrectionRequest(6700m, "核对浙江省2024年统计公报", null, "浙江省统计局", null, null), null, Zhejiang, CancellationToken.None);
            Assert.Equal(CorrectionOutcome.Corrected, outcome);
        }

        var second = await StoredAsync(PerTenThousand, "330000", December2024);
        Assert.Equal((29.87m, 2, "official"), (second!.Value, second.Revision, second.Confidence)); // 20.01 ÷ 6700 × 10000
        await using (var scope = module.Scope())
        {
            var history = await scope.ServiceProvider.GetRequiredService<ObservationStore>().RevisionsAsync(PerTenThousand, "330000", new Period(2024, 12), CancellationToken.None);
            Assert.Equal([(2, 29.87m, "derived"), (1, 30m, "derived")], history.Select(h => (h.Revision, h.Value, h.Origin)));
        }
    }

    [Fact]
    public async Task A_value_an_official_entered_for_a_formula_indicator_is_never_overwritten_by_the_formula()
    {
        await using (var scope = module.Scope())
        {
            var (outcome, _) = await scope.ServiceProvider.GetRequiredService<CorrectObservationHandler>().CorrectAsync(PerTenThousand, "000000",
                new Period(2024, 12), new CorrectionRequest(30.2m, "以公报数为准", "reported", "工信部2024年通信业统计公报", null, null), ObservationStatus.Reported, National, CancellationToken.None);
            Assert.Equal(CorrectionOutcome.Corrected, outcome);
        }

        // An input changes afterwards; the official's figure stays.
        await ImportAsync("indicator,region,period,value,source\nresident-population,000000,2024-12,140800,test\n", National);
        var stored = await StoredAsync(PerTenThousand, "000000", December2024);
        Assert.Equal((30.2m, "reported", 2), (stored!.Value, stored.Status, stored.Revision));
    }
}
