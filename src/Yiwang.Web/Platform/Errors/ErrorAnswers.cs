using Microsoft.AspNetCore.Diagnostics;

namespace Yiwang.Web.Platform.Errors;

/// <summary>
/// Who gets which error answer: API clients (and anything that does not ask for HTML) get RFC 7807 problem details;
/// a browser opening a page gets an HTML page in the site's layout (/error/{code}, /not-found), with no exception text.
/// </summary>
internal static class ErrorAnswers
{
    private static readonly PathString[] MachinePrefixes = ["/api", "/openapi", "/2", "/auth", "/health", "/_content", "/_framework"];

    public static IApplicationBuilder UseErrorAnswers(this IApplicationBuilder app)
    {
        // Exceptions: IExceptionHandlers run first (bad requests → 4xx problem; MachineExceptionHandler → 500 problem for
        // API clients); what is left is a browser's page, re-executed as the HTML error page.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", CreateScopeForErrors = true });

        // Status codes without a body: the outer handler writes problem details; the inner one re-executes the HTML page
        // and is switched off for machine requests, so the outer one answers those.
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!IsBrowserPage(context) && context.Features.Get<IStatusCodePagesFeature>() is { } htmlPages) htmlPages.Enabled = false;
            return next(context);
        });
        return app;
    }

    /// <summary>A page request from a browser: not a machine path, and HTML is what the client accepts.</summary>
    internal static bool IsBrowserPage(HttpContext context)
    {
        var path = context.Request.Path;
        if (MachinePrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))) return false;
        return context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>An unexpected exception on an API call: a 500 problem (with the trace id), never the exception's text.</summary>
internal sealed class MachineExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (ErrorAnswers.IsBrowserPage(httpContext)) return false;
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = 500, Title = Yiwang.Kernel.Text.Bilingual.T("系统暂时出现问题，请稍后重试", "Something went wrong on our side; try again shortly") },
        });
    }
}
