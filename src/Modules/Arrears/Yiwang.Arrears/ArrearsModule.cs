using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Arrears;

/// <summary>
/// Overdue payments owed to SMEs (保障中小企业款项支付条例, 国务院令第802号): late-payment interest now; the complaint
/// case platform lands on top of it (issue 3).
/// </summary>
public static class ArrearsModule
{
    public static IServiceCollection AddArrearsModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return services;
    }

    public static IEndpointRouteBuilder MapArrearsModule(this IEndpointRouteBuilder app) => app;
}
