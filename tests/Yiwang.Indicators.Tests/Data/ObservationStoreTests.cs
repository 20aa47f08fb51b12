using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Tests.Infrastructure;

namespace Yiwang.Indicators.Tests.Data;

public sealed class ObservationStoreTests
{
    [Theory]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(4, "2024-06")]
    public async Task Recent_values_are_the_tail_of_each_full_series(int perSeries, string? until)
    {
        await using var module = await ModuleServices.CreateAsync();
        await using var scope = module.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ObservationStore>();
        var catalogue = CatalogueLoader.Default;
        _ = Period.TryParse(until, out var last); // null stays null: no upper bound

        var recent = await store.RecentAsync(IndicatorCatalogue.NationalRegion, [.. catalogue.Indicators.Select(i => i.Code)], perSeries, CancellationToken.None, last);

        foreach (var indicator in catalogue.Indicators)
        {
            var full = await store.SeriesAsync(indicator.Code, IndicatorCatalogue.NationalRegion, null, last, CancellationToken.None);
            Assert.Equal(full.TakeLast(perSeries), recent.GetValueOrDefault(indicator.Code) ?? []);
        }
    }
}
