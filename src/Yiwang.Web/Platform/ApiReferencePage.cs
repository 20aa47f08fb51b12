using System.Text;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform;

/// <summary>
/// The vendor API reference page (Scalar) ships an <c>&lt;html&gt;</c> without a language, which screen readers need to
/// pick a voice (WCAG 3.1.1); this sets it on that one page's HTML as it is sent.
/// </summary>
internal static class ApiReferencePage
{
    private static readonly PathString Path = "/api-reference";

    /// <summary>The vendor greys of the search placeholder, sidebar method tags and client tabs fail WCAG AA contrast; ours passes (6.6:1).</summary>
    public const string ContrastCss =
        ".sidebar-search-placeholder, .sidebar-search-key, .sidebar-heading-type, .client-libraries-text { color: #515d6b !important; } " +
        ".light-mode { --scalar-color-green: #05603a; --scalar-color-blue: #1849a9; --scalar-color-orange: #93370d; " +
        "--scalar-color-red: #b42318; --scalar-color-purple: #6941c6; --scalar-color-yellow: #7a5b00; --scalar-color-3: #515d6b; }";

    public static IApplicationBuilder UseApiReferenceLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(Path) || HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            buffer.Position = 0;
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
            {
                await buffer.CopyToAsync(original, context.RequestAborted);
                return;
            }

            var html = Encoding.UTF8.GetString(buffer.ToArray())
                .Replace("<html>", $"<html lang=\"{(Bilingual.IsEnglish ? "en" : "zh-CN")}\">", StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted);
        });
}
