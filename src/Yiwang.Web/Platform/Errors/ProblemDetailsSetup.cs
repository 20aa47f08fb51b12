using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Errors;

internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails.Status == 404 && context.ProblemDetails.Title is null or "Not Found")
                context.ProblemDetails.Title = Bilingual.T("未找到", "Not found");
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<MachineExceptionHandler>(); // after the bad-request one: only what is left
        return services;
    }
}

/// <summary>
/// Malformed JSON, wrong types and oversized bodies surface as <see cref="BadHttpRequestException"/>;
/// they are the client's fault, so they become a 4xx problem, never a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        httpContext.Response.StatusCode = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400;
        var tooLarge = httpContext.Response.StatusCode == StatusCodes.Status413PayloadTooLarge;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = tooLarge
                    ? Bilingual.T("请求体过大", "Request body too large")
                    : Bilingual.T("请求格式错误，无法读取", "The request could not be read"),
                // The framework message says which part was malformed (e.g. a JSON path); it holds no server internals.
                Detail = exception.InnerException?.Message ?? exception.Message,
            },
        });
    }
}

internal static class MaxBody
{
    public static IApplicationBuilder UseRequestBodyLimitFor(this IApplicationBuilder app, PathString prefix, long bytes) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(prefix) && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f)
                f.MaxRequestBodySize = bytes;
            return next(context);
        });
}
