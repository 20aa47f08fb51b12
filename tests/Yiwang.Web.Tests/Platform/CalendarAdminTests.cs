using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Calendar;
using Yiwang.Testing;
using Yiwang.Web.Platform.Calendar;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Platform;

/// <summary>Loading a holiday notice: who may, what is refused, and what a correction changes (Current, listeners, audit).</summary>
public abstract class CalendarAdminTests(YiwangApp app)
{
    private const string NoticesPath = "/api/v1/admin/calendar/notices";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_AsOfficial_Is403_Anonymous_Is401_ButAnySignedInUserReadsTheYears()
    {
        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var anonymous = app.CreateClient();
        var before = await NoticeCountAsync();

        using (var r = await official.PostAsync(NoticesPath, Json(CalendarCorrections.Year2025WithoutOctober11("official-try")), Ct)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using (var r = await enterprise.PostAsync(NoticesPath, Json(CalendarCorrections.Year2025WithoutOctober11("enterprise-try")), Ct)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using (var r = await anonymous.PostAsync(NoticesPath, Json(CalendarCorrections.Year2025WithoutOctober11("anonymous-try")), Ct)) Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        using (var r = await anonymous.GetAsync("/api/v1/calendar/years", Ct)) Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal(before, await NoticeCountAsync());

        using var years = await enterprise.GetAsync("/api/v1/calendar/years", Ct);
        Assert.Equal(HttpStatusCode.OK, years.StatusCode);
        var covered = (await years.JsonAsync()).GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).ToList();
        Assert.Subset(covered.ToHashSet(), new HashSet<int> { 2024, 2025, 2026 });
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"years\": [2025", "not valid JSON")]
    [InlineData("{\"formatVersion\":1,\"version\":\"t\",\"source\":\"t\",\"years\":[2025],\"papers\":{\"2025\":[\"https://www.gov.cn/x\"]},\"days\":[{\"date\":\"2025-10-09\",\"name\":\"国庆节\",\"isOffDay\":false}]}", "days[0] 2025-10-09")]
    [InlineData("{\"formatVersion\":1,\"version\":\"t\",\"source\":\"t\",\"years\":[2099],\"papers\":{\"2099\":[\"https://www.gov.cn/x\"]},\"days\":[]}", "no day belongs to it")]
    [InlineData("", "empty")]
    public async Task BadNotice_Is400ProblemDetails_NamingTheProblem_AndNothingIsStored(string body, string expected)
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin, "en");
        var before = await NoticeCountAsync();

        using var response = await admin.PostAsync(NoticesPath, Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("The calendar notice was refused", problem.GetProperty("title").GetString());
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(before, await NoticeCountAsync());
    }

    [Fact]
    public async Task BadNotice_AsMultipart_InChinese_IsRefusedInChinese()
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin, "zh-CN");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("[1,2]"u8.ToArray()), "file", "notice.json" } };

        using var response = await admin.PostAsync(NoticesPath, form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("工作日历通知无效", problem.GetProperty("title").GetString());
        Assert.StartsWith("工作日历文件无效", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task CorrectingAYear_ChangesCurrent_CallsEveryListener_IsAudited_AndSurvivesARestart()
    {
        var recorder = new RecordingListener();
        await using var host = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IWorkCalendarChangeListener>(recorder)));
        using var admin = await TokenClientAsync(host, SeededAccounts.Admin);
        var source = host.Services.GetRequiredService<IWorkCalendarSource>();
        var day = new DateOnly(2025, 10, 11);
        Assert.Equal(DayKind.MakeUpWorkday, WorkCalendar.Default.KindOf(day));
        Assert.Equal(new DateOnly(2025, 10, 16), WorkCalendar.Default.AddWorkingDays(new DateOnly(2025, 9, 26), 10));
        var version = "test-correction-" + Guid.NewGuid().ToString("N")[..8];

        // Test data, not a real notice: the shipped 2025 year without its 10-11 make-up Saturday.
        using var response = await admin.PostAsync(NoticesPath, Json(CalendarCorrections.Year2025WithoutOctober11(version)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.JsonAsync();
        var sequence = result.GetProperty("sequence").GetInt64();
        Assert.EndsWith("+" + version, result.GetProperty("calendarVersion").GetString());
        var current = source.Current;
        Assert.EndsWith("+" + version, current.Version);
        Assert.Equal(DayKind.Weekend, current.KindOf(day));
        Assert.Equal(new DateOnly(2025, 10, 17), current.AddWorkingDays(new DateOnly(2025, 9, 26), 10));
        Assert.Equal(DayKind.MakeUpWorkday, current.KindOf(new DateOnly(2025, 9, 28))); // the rest of the year is kept
        Assert.Equal(DayKind.Holiday, current.KindOf(new DateOnly(2026, 2, 17)));       // other years untouched

        var call = Assert.Single(recorder.Calls);
        Assert.Same(current, call);

        using var years = await admin.GetAsync("/api/v1/calendar/years", Ct);
        var year2025 = (await years.JsonAsync()).GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2025);
        Assert.Equal($"notice #{sequence}", year2025.GetProperty("origin").GetString());
        var makeUp = year2025.GetProperty("makeUpWorkdays").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.DoesNotContain("2025-10-11", makeUp);
        Assert.Contains("2025-09-28", makeUp);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "calendar.notice-loaded" && e.Details!.Contains(version), Ct);
        Assert.Equal("calendar:2025", audit.Subject);
        using var fresh = new DatabaseWorkCalendarSource(); // what the next start-up builds from the table
        Assert.Equal(current.Version, (await fresh.ReloadAsync(db, Ct)).Version);
    }

    [Fact]
    public async Task AdminPage_ShowsTheYears_AndABadUploadShowsTheErrorInsteadOfFailing()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Admin);
        var html = await client.GetStringAsync("/admin/calendar", Ct);
        Assert.Contains("data-year=\"2025\"", html);
        Assert.Contains("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm", html);

        var token = await PageClient.AntiforgeryTokenAsync(client, "/admin/calendar");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("calendar-notice"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("{\"formatVersion\": 2}")), "file", "bad.json" },
        };
        using var response = await client.PostAsync("/admin/calendar", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"calendar-error\"", page);
        Assert.Contains("formatVersion", page);
    }

    [Fact]
    public async Task AdminPage_AsOfficial_IsDenied()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var response = await client.GetAsync("/admin/calendar", Ct);
        Assert.Contains("/account/denied", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    private async Task<int> NoticeCountAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<CalendarNotice>().CountAsync(Ct);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<HttpClient> TokenClientAsync(WebApplicationFactory<Program> host, string email)
    {
        var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = SeededAccounts.Password }, Ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.JsonAsync()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed class RecordingListener : IWorkCalendarChangeListener
    {
        public List<WorkCalendar> Calls { get; } = [];

        public Task OnCalendarChangedAsync(WorkCalendar calendar, CancellationToken cancellationToken)
        {
            lock (Calls) Calls.Add(calendar);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteCalendarAdminTests(SqliteApp app) : CalendarAdminTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCalendarAdminTests(PostgresApp app) : CalendarAdminTests(app), IClassFixture<PostgresApp>;
