using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Tests.Platform;

/// <summary>Recipients, the inbox API and page, and that nobody reads or marks another account's messages.</summary>
public abstract partial class NotificationTests(YiwangApp app)
{
    private const string OfficialNational = "official.national@yiwang.local";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OfficialsOf330106_WithSupervisors_ReachXihuCityZhejiangAndNational_AndNobodyElse()
    {
        await TestAccounts.EnsureAsync(app);
        var reference = await NotifyAsync(new NotificationRecipients { OfficialRegions = ["330106"], IncludeSupervisors = true });

        var reached = await InboxOwnersAsync(app, reference);
        Assert.Subset(reached.ToHashSet(), new HashSet<string> { SeededAccounts.OfficialXihu, SeededAccounts.OfficialZhejiang, OfficialNational, TestAccounts.OfficialHangzhou });
        Assert.Equal(await TestAccounts.OfficialsOfAsync(app, "330106", "330100", "330000", "000000"), reached);
        Assert.DoesNotContain(TestAccounts.OfficialShangcheng, reached); // sibling county
        Assert.DoesNotContain(TestAccounts.OfficialJiangsu, reached);    // another province
        Assert.DoesNotContain(SeededAccounts.Admin, reached);
        Assert.DoesNotContain(SeededAccounts.Enterprise, reached);
    }

    [Fact]
    public async Task OfficialsOf330106_WithoutSupervisors_ReachOnlyThatCounty()
    {
        await TestAccounts.EnsureAsync(app);
        var reference = await NotifyAsync(new NotificationRecipients { OfficialRegions = ["330106"] });

        var reached = await InboxOwnersAsync(app, reference);
        Assert.Contains(SeededAccounts.OfficialXihu, reached);
        Assert.Equal(await TestAccounts.OfficialsOfAsync(app, "330106"), reached);
        Assert.DoesNotContain(TestAccounts.OfficialHangzhou, reached);
        Assert.DoesNotContain(SeededAccounts.OfficialZhejiang, reached);
    }

    [Fact]
    public async Task EnterpriseAndRespondentUsccs_ReachTheirOwnRoleOnly_AndOverlappingRecipientsGetOneEntry()
    {
        await TestAccounts.EnsureAsync(app);
        var xihuId = await UserIdAsync(SeededAccounts.OfficialXihu);
        var reference = await NotifyAsync(new NotificationRecipients
        {
            EnterpriseUsccs = ["91330106ma27xw1k3y"], // lower case on purpose: USCCs are compared upper-case
            UserIds = [xihuId, xihuId],
        });
        var reached = await InboxOwnersAsync(app, reference);
        Assert.Equal(new[] { SeededAccounts.Enterprise, SeededAccounts.OfficialXihu }, reached);

        // The test respondent is bound to the same USCC as the demo enterprise: the role decides which account is meant.
        var respondentReference = await NotifyAsync(new NotificationRecipients { RespondentUsccs = ["91330106MA27XW1K3Y"], UserIds = [xihuId] });
        Assert.Equal(new[] { SeededAccounts.OfficialXihu, TestAccounts.Respondent }, await InboxOwnersAsync(app, respondentReference));
    }

    [Fact]
    public async Task WithoutSmtp_NoEmailIsQueued()
    {
        var reference = await NotifyAsync(new NotificationRecipients { OfficialRegions = ["330106"] });

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(m => m.Reference == reference, Ct));
    }

    [Fact]
    public async Task Inbox_AnotherAccountCanNeitherSeeNorMarkMyMessage()
    {
        var reference = await NotifyAsync(new NotificationRecipients { UserIds = [await UserIdAsync(SeededAccounts.OfficialXihu)] });
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);

        var mine = await FindAsync(xihu, reference);
        Assert.NotNull(mine);
        Assert.False(mine.Value.GetProperty("isRead").GetBoolean());
        var id = mine.Value.GetProperty("id").GetString();
        Assert.Null(await FindAsync(zhejiang, reference));

        foreach (var intruder in new[] { zhejiang, enterprise })
        {
            using var attempt = await intruder.PostAsync($"/api/v1/inbox/{id}/read", null, Ct);
            Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
            Assert.Equal("application/problem+json", attempt.Content.Headers.ContentType?.MediaType);
        }

        Assert.False((await FindAsync(xihu, reference))!.Value.GetProperty("isRead").GetBoolean());

        var before = (await (await xihu.GetAsync("/api/v1/inbox", Ct)).JsonAsync()).GetProperty("unreadCount").GetInt32();
        using (var own = await xihu.PostAsync($"/api/v1/inbox/{id}/read", null, Ct)) Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        var after = await (await xihu.GetAsync("/api/v1/inbox", Ct)).JsonAsync();
        Assert.Equal(before - 1, after.GetProperty("unreadCount").GetInt32());
        Assert.True((await FindAsync(xihu, reference))!.Value.GetProperty("isRead").GetBoolean());
    }

    [Fact]
    public async Task Inbox_Anonymous_Gets401_AndABadTake_Gets400ProblemDetails()
    {
        using var anonymous = app.CreateClient();
        using (var response = await anonymous.GetAsync("/api/v1/inbox", Ct)) Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu, "en");
        using var bad = await xihu.GetAsync("/api/v1/inbox?take=0", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("take must be between", (await bad.JsonAsync()).GetProperty("errors").GetProperty("take")[0].GetString());
    }

    [Fact]
    public async Task InboxPage_ShowsUnreadInBold_WithTheHeaderCount_AndTheFormMarksItRead()
    {
        var reference = await NotifyAsync(new NotificationRecipients { EnterpriseUsccs = ["91330106MA27XW1K3Y"] }, link: "/enterprises/91330106MA27XW1K3Y");
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await EntryIdAsync(reference);

        var html = await client.GetStringAsync("/inbox", Ct);
        var row = RowOf(html, id);
        Assert.Contains("data-read=\"false\"", row);
        Assert.Matches($"<strong>\\s*<a href=\"/enterprises/91330106MA27XW1K3Y\"[^>]*>测试通知 {reference}</a>\\s*</strong>", row);
        var unread = int.Parse(UnreadBadge().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(unread >= 1);

        var token = await PageClient.AntiforgeryTokenAsync(client, "/inbox");
        using var post = await client.PostAsync($"/inbox/{id}/read", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["source"] = "inbox", ["__RequestVerificationToken"] = token,
        }), Ct);
        post.EnsureSuccessStatusCode(); // redirected back to /inbox
        var afterHtml = await post.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-read=\"true\"", RowOf(afterHtml, id));
        Assert.DoesNotContain("<strong>", RowOf(afterHtml, id));
        var badge = UnreadBadge().Match(afterHtml);
        Assert.Equal(unread - 1, badge.Success ? int.Parse(badge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    [Fact]
    public async Task InboxPage_MarkReadWithoutAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        var reference = await NotifyAsync(new NotificationRecipients { UserIds = [await UserIdAsync(SeededAccounts.OfficialXihu)] });
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var id = await EntryIdAsync(reference);

        using var post = await client.PostAsync($"/inbox/{id}/read", new FormUrlEncodedContent(new Dictionary<string, string> { ["source"] = "inbox" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        await using var scope = app.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<InboxEntry>().Where(e => e.Id == id).Select(e => e.ReadAt).SingleAsync(Ct));
    }

    [Fact]
    public async Task Dispatcher_BacksOffExponentiallyOnTheInjectedClock_AndGivesUpAfterMaxAttempts()
    {
        // This fixture has no SMTP, so no background sender competes for the row; the dispatcher runs on a fake clock.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        var id = Guid.NewGuid();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.Add(new OutboxMessage
            {
                Id = id, UserId = "test", ToAddress = "someone@yiwang.test", Subject = "s", Body = "b", Kind = "test.backoff",
                Reference = "backoff", CreatedAt = start, Status = OutboxStatus.Pending, NextAttemptAt = start,
            });
            await db.SaveChangesAsync(Ct);
        }

        var transport = new RefusingTransport();
        var options = Options.Create(new SmtpOptions { Host = "unused.invalid", MaxAttempts = 4, RetryBaseSeconds = 30 });
        async Task<(int Attempted, OutboxMessage Row)> RunAtAsync(TimeSpan sinceStart)
        {
            clock.SetUtcNow(start + sinceStart);
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var attempted = await new OutboxDispatcher(db, transport, options, clock, NullLogger<OutboxDispatcher>.Instance).DispatchDueAsync(Ct);
            return (attempted, await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, Ct));
        }

        var first = await RunAtAsync(TimeSpan.Zero);
        Assert.Equal((1, 1, OutboxStatus.Pending), (first.Attempted, first.Row.Attempts, first.Row.Status));
        Assert.Equal(start.AddSeconds(30), first.Row.NextAttemptAt);
        Assert.Equal("550 mailbox s***@yiwang.test unavailable", first.Row.LastError);
        Assert.Equal(0, (await RunAtAsync(TimeSpan.FromSeconds(29))).Attempted); // not due yet
        var second = await RunAtAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(start.AddSeconds(30 + 60), second.Row.NextAttemptAt);          // doubled
        var third = await RunAtAsync(TimeSpan.FromSeconds(90));
        Assert.Equal(start.AddSeconds(90 + 120), third.Row.NextAttemptAt);
        var fourth = await RunAtAsync(TimeSpan.FromSeconds(210));
        Assert.Equal((4, OutboxStatus.Failed), (fourth.Row.Attempts, fourth.Row.Status));
        Assert.Equal(0, (await RunAtAsync(TimeSpan.FromDays(1))).Attempted);       // given up for good
        Assert.Equal(4, transport.Calls);
    }

    private sealed class RefusingTransport : IMailTransport
    {
        public int Calls { get; private set; }

        public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Calls++;
            throw new System.Net.Mail.SmtpException($"550 mailbox {message.ToAddress} unavailable");
        }
    }

    [Fact]
    public void Masks_HideTheMailbox_InLogsAndStoredErrors()
    {
        Assert.Equal("o***@yiwang.local", EmailMask.Mask("official.xihu@yiwang.local"));
        Assert.Equal("550 5.1.1 <o***@yiwang.local> unknown user", OutboxDispatcher.MaskAddresses("550 5.1.1 <official.xihu@yiwang.local> unknown user"));
    }

    private async Task<string> NotifyAsync(NotificationRecipients to, string? link = null)
    {
        var reference = "T" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyAsync(to,
            new Notification("test.notice", reference, new Bilingual($"测试通知 {reference}", $"Test notice {reference}"), new Bilingual("正文", "Body"), link), Ct);
        return reference;
    }

    internal static async Task<List<string>> InboxOwnersAsync(YiwangApp app, string reference)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var owners = await (from e in db.Set<InboxEntry>()
                            join u in db.Users on e.UserId equals u.Id
                            where e.Reference == reference
                            select u.Email!).ToListAsync(Ct);
        return [.. owners.Order(StringComparer.Ordinal)];
    }

    private Task<string> UserIdAsync(string email) => TestAccounts.UserIdAsync(app, email);

    private async Task<Guid> EntryIdAsync(string reference)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<InboxEntry>().Where(e => e.Reference == reference).Select(e => e.Id).SingleAsync(Ct);
    }

    private static async Task<System.Text.Json.JsonElement?> FindAsync(HttpClient client, string reference)
    {
        using var response = await client.GetAsync("/api/v1/inbox?take=200", Ct);
        response.EnsureSuccessStatusCode();
        foreach (var item in (await response.JsonAsync()).GetProperty("items").EnumerateArray())
            if (item.GetProperty("reference").GetString() == reference) return item.Clone();
        return null;
    }

    private static string RowOf(string html, Guid id)
    {
        var start = html.IndexOf($"data-id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the inbox lists entry {id}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-testid=\"inbox-unread\">(\\d+)<")]
    private static partial Regex UnreadBadge();
}

/// <summary>Accounts the demo seed does not have, to show who a notice must not reach.</summary>
internal static class TestAccounts
{
    public const string OfficialHangzhou = "test.official.hz@yiwang.test";
    public const string OfficialShangcheng = "test.official.shangcheng@yiwang.test";
    public const string OfficialJiangsu = "test.official.js@yiwang.test";
    public const string Respondent = "test.respondent@yiwang.test";

    public static Task EnsureAsync(YiwangApp app) => IdentityAccounts.EnsureAsync(app,
        (OfficialHangzhou, Roles.Official, "330100", null),
        (OfficialShangcheng, Roles.Official, "330102", null),
        (OfficialJiangsu, Roles.Official, "320000", null),
        (Respondent, Roles.Respondent, null, "91330106MA27XW1K3Y"));

    /// <summary>Every official account of these regions, through Identity's own role API (not the resolver under test).</summary>
    public static async Task<List<string>> OfficialsOfAsync(YiwangApp app, params string[] regions)
    {
        await using var scope = app.CreateScope();
        var officials = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().GetUsersInRoleAsync(Roles.Official);
        return [.. officials.Where(u => regions.Contains(u.RegionCode)).Select(u => u.Email!).Order(StringComparer.Ordinal)];
    }

    public static async Task<string> UserIdAsync(YiwangApp app, string email)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteNotificationTests(SqliteApp app) : NotificationTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresNotificationTests(PostgresApp app) : NotificationTests(app), IClassFixture<PostgresApp>;

/// <summary>E-mail through a real SMTP conversation on a loopback socket: delivery, retry with backoff, giving up.</summary>
public abstract class SmtpDeliveryTests(YiwangApp app, FakeSmtpServer smtp)
{
    internal const int MaxAttempts = 3;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Dictionary<string, string> SmtpSettings(FakeSmtpServer smtp) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "noreply@yiwang.test",
        ["Smtp:SiteUrl"] = "https://yiwang.example",
        ["Smtp:PollSeconds"] = "0.1",
        ["Smtp:RetryBaseSeconds"] = "0.3",
        ["Smtp:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:TimeoutSeconds"] = "10",
    };

    [Fact]
    public async Task Notification_IsDeliveredOverSmtp_ToEachRecipientsConfirmedAddress()
    {
        var expected = await TestAccounts.OfficialsOfAsync(app, "330106", "330100", "330000", "000000");
        Assert.Subset(expected.ToHashSet(), new HashSet<string> { "official.national@yiwang.local", SeededAccounts.OfficialXihu, SeededAccounts.OfficialZhejiang });
        var reference = await NotifyAsync(new NotificationRecipients { OfficialRegions = ["330106"], IncludeSupervisors = true });

        var rows = await WaitForAsync(reference, rows => rows.Count == expected.Count && rows.All(r => r.Status == OutboxStatus.Sent));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        var mails = smtp.Delivered.Where(d => d.Reference == reference).ToList();
        Assert.Equal(expected, mails.SelectMany(m => m.Recipients).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Equal("noreply@yiwang.test", m.From));
        Assert.All(mails, m => Assert.Contains("X-Yiwang-Kind: test.mail", m.Data));
    }

    [Fact]
    public async Task FailingServer_IsRetriedWithBackoff_AndTheMessageIsSentOnTheNextAttempt()
    {
        var reference = "M" + Guid.NewGuid().ToString("N")[..12];
        smtp.FailReference(reference, times: 1);

        await NotifyAsync(new NotificationRecipients { UserIds = [await TestAccounts.UserIdAsync(app, SeededAccounts.OfficialXihu)] }, reference);

        var row = Assert.Single(await WaitForAsync(reference, rows => rows.Count == 1 && rows[0].Status == OutboxStatus.Sent));
        Assert.Equal(2, row.Attempts);
        Assert.Contains("temporary failure", row.LastError);
        Assert.Equal(1, smtp.RejectedCount(reference));
        // The retry waited for the backoff (0.3 s after the first failure), not the next 0.1 s poll.
        Assert.True(row.SentAt - row.CreatedAt >= TimeSpan.FromSeconds(0.3), $"sent {row.SentAt - row.CreatedAt} after queueing");
        Assert.Single(smtp.Delivered, d => d.Reference == reference);
    }

    [Fact]
    public async Task ServerThatKeepsFailing_IsGivenUpAfterMaxAttempts_AndMarkedFailed()
    {
        var reference = "F" + Guid.NewGuid().ToString("N")[..12];
        smtp.FailReference(reference, times: 100);

        await NotifyAsync(new NotificationRecipients { UserIds = [await TestAccounts.UserIdAsync(app, SeededAccounts.OfficialXihu)] }, reference);

        var row = Assert.Single(await WaitForAsync(reference, rows => rows.Count == 1 && rows[0].Status == OutboxStatus.Failed));
        Assert.Equal(MaxAttempts, row.Attempts);
        Assert.Null(row.SentAt);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        Assert.Equal(MaxAttempts, smtp.RejectedCount(reference)); // no attempt after giving up
        Assert.DoesNotContain(smtp.Delivered, d => d.Reference == reference);
    }

    [Fact]
    public void Backoff_DoublesFromTheBase_AndIsCapped()
    {
        var options = new SmtpOptions { RetryBaseSeconds = 30, RetryMaxSeconds = 300 };
        Assert.Equal(new double[] { 30, 60, 120, 240, 300 }, Enumerable.Range(1, 5).Select(n => options.BackoffAfter(n).TotalSeconds));
    }

    private async Task<string> NotifyAsync(NotificationRecipients to, string? reference = null)
    {
        reference ??= "D" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyAsync(to,
            new Notification("test.mail", reference, new Bilingual("期限提醒", "Deadline reminder"), new Bilingual("请及时处理。", "Please act."), "/inbox"), Ct);
        return reference;
    }

    private async Task<List<OutboxMessage>> WaitForAsync(string reference, Func<List<OutboxMessage>, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew(); // a real-time timeout for the dispatcher, not a date
        while (true)
        {
            await using (var scope = app.CreateScope())
            {
                var rows = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<OutboxMessage>().AsNoTracking()
                    .Where(m => m.Reference == reference).ToListAsync(Ct);
                if (done(rows)) return rows;
                if (waited.Elapsed > TimeSpan.FromSeconds(30))
                    Assert.Fail($"outbox for {reference} did not settle: {string.Join("; ", rows.Select(r => $"{r.Status} x{r.Attempts} {r.LastError}"))}");
            }

            await Task.Delay(100, Ct);
        }
    }
}

public sealed class SqliteSmtpApp() : YiwangApp(TestDatabaseKind.Sqlite), IAsyncDisposable
{
    public FakeSmtpServer Smtp { get; } = FakeSmtpServer.Start();

    protected override IReadOnlyDictionary<string, string> Settings => SmtpDeliveryTests.SmtpSettings(Smtp);

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class PostgresSmtpApp() : YiwangApp(TestDatabaseKind.Postgres), IAsyncDisposable
{
    public FakeSmtpServer Smtp { get; } = FakeSmtpServer.Start();

    protected override IReadOnlyDictionary<string, string> Settings => SmtpDeliveryTests.SmtpSettings(Smtp);

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class SqliteSmtpDeliveryTests(SqliteSmtpApp app) : SmtpDeliveryTests(app, app.Smtp), IClassFixture<SqliteSmtpApp>;

public sealed class PostgresSmtpDeliveryTests(PostgresSmtpApp app) : SmtpDeliveryTests(app, app.Smtp), IClassFixture<PostgresSmtpApp>;

public sealed record SmtpDelivery(string From, IReadOnlyList<string> Recipients, string Data, string? Reference);

/// <summary>
/// Just enough of an SMTP server (RFC 5321: greeting, EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT)
/// on a loopback TCP port, so the host's sender really talks SMTP over a socket. It can answer 451 (try again later) at
/// the end of DATA for messages with a given X-Yiwang-Reference header, to exercise the retries.
/// </summary>
public sealed partial class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<string, int> failuresLeft = new();
    private readonly ConcurrentDictionary<string, int> rejected = new();
    private Task accepting = Task.CompletedTask;

    private FakeSmtpServer()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentQueue<SmtpDelivery> Delivered { get; } = new();

    public static FakeSmtpServer Start()
    {
        var server = new FakeSmtpServer();
        server.listener.Start();
        server.accepting = Task.Run(server.AcceptAsync);
        return server;
    }

    public void FailReference(string reference, int times) => failuresLeft[reference] = times;

    public int RejectedCount(string reference) => rejected.TryGetValue(reference, out var n) ? n : 0;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try { await accepting; } catch (OperationCanceledException) { } catch (SocketException) { } catch (ObjectDisposedException) { }
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 fake.smtp.test ESMTP ready");
            string from = string.Empty;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 fake.smtp.test");
                        break;
                    case "MAIL":
                        from = Angle(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Angle(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                            data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                        var text = data.ToString();
                        var reference = ReferenceHeader().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
                        if (reference is not null && failuresLeft.TryGetValue(reference, out var left) && left > 0)
                        {
                            failuresLeft[reference] = left - 1;
                            rejected.AddOrUpdate(reference, 1, (_, n) => n + 1);
                            await writer.WriteLineAsync("451 4.3.0 temporary failure, try again later");
                        }
                        else
                        {
                            Delivered.Enqueue(new SmtpDelivery(from, [.. recipients], text, reference));
                            await writer.WriteLineAsync("250 2.0.0 queued");
                        }

                        break;
                    case "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // the client hung up or the server is stopping
        }
    }

    private static string Angle(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? line[(open + 1)..close] : line;
    }

    [GeneratedRegex(@"^X-Yiwang-Reference: (\S+)\r?$", RegexOptions.Multiline)]
    private static partial Regex ReferenceHeader();
}
