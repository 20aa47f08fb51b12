using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features.BrowseCatalogue;
using Yiwang.Indicators.Features.CompareProvinces;
using Yiwang.Indicators.Features.ComputeNetwork;
using Yiwang.Indicators.Features.CorrectObservation;
using Yiwang.Indicators.Features.ImportObservations;
using Yiwang.Indicators.Features.ListObservations;
using Yiwang.Indicators.Features.MonthlyBrief;
using Yiwang.Indicators.Features.TrackProgress;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Indicators;

/// <summary>ICT, green and SME indicators against their targets: catalogue from the data file, observations in the database.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddIndicatorsDatabase(database);
        services.AddSingleton(_ => CatalogueLoader.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ObservationStore>();
        services.AddScoped<ImportObservationsHandler>();
        services.AddScoped<CorrectObservationHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsModule(this IEndpointRouteBuilder app)
    {
        // Reading is public (the figures are published statistics); each write endpoint states its own authorization.
        var read = app.MapGroup("/api/v1").WithTags("Indicators").AllowAnonymous();
        CatalogueEndpoint.Map(read);
        ObservationsEndpoint.Map(read);
        ProgressEndpoint.Map(read);
        ComparisonEndpoint.Map(read);
        BriefEndpoint.Map(read);
        ComputeNetworkEndpoint.Map(read);
        var write = app.MapGroup("/api/v1").WithTags("Indicators");
        ImportObservationsEndpoint.Map(write);
        CorrectObservationEndpoint.Map(write);
        return app;
    }

    /// <summary>Applies this module's migrations and loads the shipped reference observations that are not in the database yet.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IndicatorsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await ReferenceSeed.EnsureAsync(db, services.GetRequiredService<IndicatorCatalogue>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    /// <summary>
    /// The reference sheet has no provincial figures, so there is no demo series to invent: the demo database gets the
    /// same shipped national observations (idempotent), and provinces get data through the import.
    /// </summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ReferenceSeed.EnsureAsync(services.GetRequiredService<IndicatorsDbContext>(), services.GetRequiredService<IndicatorCatalogue>(),
            services.GetRequiredService<TimeProvider>(), cancellationToken);
}
