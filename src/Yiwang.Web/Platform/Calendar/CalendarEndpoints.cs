using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Calendar;

internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/calendar/years", async (CalendarYears years, CancellationToken ct) => Results.Ok(await years.DescribeAsync(ct)))
            .RequireAuthorization()
            .WithTags("Work calendar / 工作日历")
            .WithSummary("Covered years with their days off, make-up working days and source notices / 已载入年份");

        app.MapPost("/api/v1/admin/calendar/notices", async (HttpContext http, CalendarAdministration admin, CancellationToken ct) =>
            {
                byte[] bytes;
                try
                {
                    bytes = await ReadNoticeAsync(http, ct);
                }
                catch (CalendarNoticeException ex)
                {
                    return Invalid(ex.Problem);
                }

                try
                {
                    var result = await admin.LoadAsync(bytes, CallerScope.FromPrincipal(http.User).UserId, ct);
                    return Results.Created($"/api/v1/calendar/years", result);
                }
                catch (CalendarNoticeException ex)
                {
                    return Invalid(ex.Problem);
                }
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .RequireRateLimiting("submit")
            // Bearer clients send no antiforgery token; cookie callers are covered by the SameSite=Strict cookie.
            .DisableAntiforgery()
            .Accepts<object>("application/json", "multipart/form-data")
            .WithTags("Work calendar / 工作日历")
            .WithSummary("Load a State Council holiday notice (JSON body, or multipart field 'file') / 载入节假日安排通知");
        return app;
    }

    /// <summary>The notice is the JSON body itself, or the multipart field <c>file</c> (what the admin page and curl -F send).</summary>
    private static async Task<byte[]> ReadNoticeAsync(HttpContext http, CancellationToken ct)
    {
        Stream body;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file")
                ?? throw new CalendarNoticeException(new("请在 file 字段上传通知 JSON 文件", "Send the notice JSON in the form field 'file'"));
            if (file.Length > CalendarNotices.MaxBytes) throw TooLarge();
            body = file.OpenReadStream();
        }
        else
        {
            if (http.Request.ContentLength > CalendarNotices.MaxBytes) throw TooLarge();
            body = http.Request.Body;
        }

        await using (body)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > CalendarNotices.MaxBytes) throw TooLarge();
            }

            return copy.ToArray();
        }
    }

    private static CalendarNoticeException TooLarge() =>
        new(new($"文件过大（上限 {CalendarNotices.MaxBytes / 1024} KB）", $"File too large (limit {CalendarNotices.MaxBytes / 1024} KB)"));

    private static IResult Invalid(Bilingual problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [problem.Current] },
            title: Bilingual.T("工作日历通知无效", "The calendar notice was refused"));
}
