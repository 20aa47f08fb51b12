using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
using Yiwang.Indicators.Features.Workbench;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Indicators;

/// <summary>ICT, green and SME indicators against their targets: catalogue from the data file, observations in the database.</summary>
public sealed class IndicatorsModule() : YiwangModule("Indicators", Database)
{
    internal static readonly ModuleDatabase Database =
        ModuleDatabase.For<IndicatorsDbContext, SqliteIndicatorsDbContext, PostgresIndicatorsDbContext>("__ind_migrations");

    protected override void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddSingleton(_ => CatalogueLoader.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ObservationStore>();
        services.AddScoped<ImportObservationsHandler>();
        services.AddScoped<CorrectObservationHandler>();
        services.AddScoped<IWorkbenchSource, IndicatorsWorkbench>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Reading is public (the figures are published statistics); each write endpoint states its own authorization.
        var read = endpoints.MapGroup("/api/v1").WithTags("Indicators").AllowAnonymous();
        CatalogueEndpoint.Map(read);
        ObservationsEndpoint.Map(read);
        ProgressEndpoint.Map(read);
        ComparisonEndpoint.Map(read);
        BriefEndpoint.Map(read);
        ComputeNetworkEndpoint.Map(read);
        var write = endpoints.MapGroup("/api/v1").WithTags("Indicators");
        ImportObservationsEndpoint.Map(write);
        CorrectObservationEndpoint.Map(write);
    }

    /// <summary>Loads the shipped reference observations that are not in the database yet.</summary>
    protected override Task AfterMigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => LoadReferenceAsync(services, cancellationToken);

    /// <summary>
    /// The reference sheet has no provincial figures, so there is no demo series to invent: the demo database gets the
    /// same shipped national observations (idempotent), and provinces get data through the import.
    /// </summary>
    public override Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => LoadReferenceAsync(services, cancellationToken);

    private static Task<int> LoadReferenceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ReferenceSeed.EnsureAsync(services.GetRequiredService<IndicatorsDbContext>(), services.GetRequiredService<IndicatorCatalogue>(),
            services.GetRequiredService<TimeProvider>(), cancellationToken);
}
