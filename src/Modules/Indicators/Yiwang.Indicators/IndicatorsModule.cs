using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Features.BrowseCatalogue;
using Yiwang.Indicators.Features.ListObservations;
using Yiwang.Indicators.Features.TrackProgress;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Indicators;

/// <summary>ICT, green and SME indicators against their targets; read-only from the embedded data file for now.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services, DatabaseSettings database)
    {
        // Unused until observations are persisted; the host passes it to every module the same way.
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(_ => CatalogueLoader.Default);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Indicators").AllowAnonymous();
        CatalogueEndpoint.Map(api);
        ObservationsEndpoint.Map(api);
        ProgressEndpoint.Map(api);
        return app;
    }
}
