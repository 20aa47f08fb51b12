using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Features.CalculateInterest;
using Yiwang.Arrears.Features.CalculatePaymentDueDate;
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

    public static IEndpointRouteBuilder MapArrearsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/arrears").WithTags("Arrears");
        CalculateInterestEndpoint.Map(api);
        PaymentDueDateEndpoint.Map(api);
        return app;
    }
}
