using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Codes;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Mail;
using Yiwang.Web.Platform.Identity.Registration;

namespace Yiwang.Web.Tests.Platform;

/// <summary>
/// Getting in (issue 12): an enterprise registers on the page (every error at once, nothing typed lost but passwords),
/// verifies its address, the 西湖区 official approves the binding from the registrations page, and the account then
/// signs in as the enterprise. An official of another province does not see the registration.
/// </summary>
public abstract partial class RegistrationJourneyTests(YiwangApp app)
{
    private const string Password = "Xihu#Tea-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_enterprise_registers_verifies_is_approved_by_its_county_and_signs_in_as_itself()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var uscc = Uscc.FromBody("91330106MA" + new string(suffix.Select(c => char.IsDigit(c) ? c : (char)('A' + (c % 5))).ToArray()) + "X").Value;
        var email = $"tea-{suffix.ToLowerInvariant()}@example.com";
        var name = $"杭州西湖龙井茶叶有限公司{suffix}";
        using var visitor = app.CreateClient();

        // Everything wrong at once: the page lists every error, keeps the name, never sends a password back.
        var bad = await PostAsync(visitor, "/account/register", "register", new()
        {
            ["email"] = "not-an-address", ["password"] = Password, ["confirmPassword"] = Password + "x",
            ["uscc"] = uscc[..17] + (uscc[17] == '0' ? '1' : '0'), ["enterpriseName"] = name, ["contactName"] = "", ["contactPhone"] = "123",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains(name, bad.Html);
        Assert.DoesNotContain(Password, bad.Html);
        Assert.True(ErrorCount(bad.Html) >= 5, "every field's error is shown at once");

        var good = await PostAsync(visitor, "/account/register", "register", new()
        {
            ["email"] = email, ["password"] = Password, ["confirmPassword"] = Password, ["uscc"] = uscc,
            ["enterpriseName"] = name, ["contactName"] = "陈茶", ["contactPhone"] = "13800001111", ["consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, good.Status);
        Assert.Contains("验证邮件", good.Html);

        // The verification link's code (the mail carries the same one).
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByEmailAsync(email);
            var code = AccountLinks.Encode(await users.GenerateEmailConfirmationTokenAsync(user!));
            using var confirmed = await visitor.GetAsync($"/account/confirm-email?user={Uri.EscapeDataString(user!.Id)}&code={code}", Ct);
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        Guid id;
        await using (var scope = app.CreateScope())
            id = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<EnterpriseRegistration>().Where(r => r.Uscc == uscc).Select(r => r.Id).SingleAsync(Ct);

        using var county = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        Assert.Contains(name, await county.GetStringAsync("/account/registrations", Ct));
        var approved = await PostAsync(county, $"/account/registrations/{id}", "approve", []);
        Assert.True(approved.Status == HttpStatusCode.OK, approved.Html);

        string displayName;
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.Equal(uscc, user!.Uscc);
            Assert.True(await users.IsInRoleAsync(user, "enterprise"));
            displayName = user.DisplayName;
        }

        using var enterprise = app.CreateClient();
        var token = await PageClient.AntiforgeryTokenAsync(enterprise, "/account/login");
        using (var login = await enterprise.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
               { ["Email"] = email, ["Password"] = Password, ["ReturnUrl"] = "/", ["__RequestVerificationToken"] = token }), Ct))
            login.EnsureSuccessStatusCode();
        var home = await enterprise.GetStringAsync("/", Ct);
        Assert.Contains(displayName, home); // the header's account menu and the workbench greeting
        Assert.DoesNotContain("data-testid=\"sign-in-link\"", home);
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var token = await PageClient.AntiforgeryTokenAsync(client, path);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = token;
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private static int ErrorCount(string html) => FieldError().Count(html);

    [GeneratedRegex("class=\"yw-field__error\"")]
    private static partial Regex FieldError();
}

public sealed class SqliteRegistrationJourneyTests(SqliteApp app) : RegistrationJourneyTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRegistrationJourneyTests(PostgresApp app) : RegistrationJourneyTests(app), IClassFixture<PostgresApp>;
