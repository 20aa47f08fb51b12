using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E.Complaints;

/// <summary>
/// Issue 3 "done when", through the pages in Chromium: the enterprise files with a PDF and submits; 浙江省 accepts and,
/// after the National Day holiday, forwards; 西湖区 records the respondent's answer and asks for 30 more days; the head
/// approves; a paid-in-full result; the enterprise confirms; the audit chain verifies. Dates as in ComplaintLifecycleTests.
/// </summary>
public sealed partial class ComplaintJourneyTests(ComplaintSite site) : IClassFixture<ComplaintSite>, IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private readonly List<IPage> _pages = [];

    [Fact]
    public async Task Enterprise_files_province_accepts_and_forwards_county_handles_with_extension_enterprise_confirms()
    {
        // Friday 2025-09-26: draft, evidence, submission.
        var enterprise = await SignInAsync(SeededAccounts.Enterprise);
        await enterprise.GotoAsync("/complaints");
        await enterprise.ClickAsync("[data-testid='complaint-new']");
        await Fill(enterprise, new()
        {
            ["contactName"] = "王芳", ["contactPhone"] = "13812345678", ["respondent.name"] = "浙江华东重工集团有限公司",
            ["respondent.uscc"] = "91330106MA2HDXG7JB", ["respondent.region"] = "330106",
            ["contracts[0].number"] = "HT-E2E-001", ["contracts[0].signedOn"] = "2025-03-01", ["contracts[0].amountYuan"] = "500000",
            ["contracts[0].deliveredOn"] = "2025-04-10", ["contracts[0].acceptedOn"] = "2025-04-20", ["contracts[0].agreedTermDays"] = "60",
            ["amountOwedYuan"] = "380000", ["paymentsReceivedYuan"] = "120000",
            ["description"] = "2025年4月交付数控机床配件并验收合格，约定60日内付款，至今仍欠38万元。<script>alert('x')</script>",
        });
        await enterprise.SelectOptionAsync("[data-testid='f-respondent.type']", "LargeEnterprise");
        await enterprise.CheckAsync("[data-testid='f-withholdIdentity']");
        await enterprise.ClickAsync("[data-testid='draft-save']");
        await enterprise.WaitForURLAsync(new Regex("/complaints/[0-9]+/edit"));
        var casePath = Regex.Match(enterprise.Url, "/complaints/[0-9]+").Value;
        await enterprise.SetInputFilesAsync("[data-testid='evidence-file']", new FilePayload { Name = "合同.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await enterprise.ClickAsync("[data-testid='evidence-upload']");
        await Assertions.Expect(enterprise.Locator("[data-testid='draft-evidence']")).ToContainTextAsync("合同.pdf");
        await enterprise.ClickAsync("[data-testid='complaint-submit']");
        await enterprise.WaitForURLAsync(new Regex(Regex.Escape(casePath) + "(\\?.*)?$"));
        await Assertions.Expect(enterprise.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Submitted");
        await Assertions.Expect(enterprise.Locator("[data-testid='case-description']")).ToContainTextAsync("<script>alert('x')</script>");
        await ScreenshotAsync(enterprise, "complaint-submitted");

        // 浙江省 accepts on the same day: the review clock ran 10 working days across the holiday to 2025-10-16.
        var province = await SignInAsync(SeededAccounts.OfficialZhejiang);
        await province.GotoAsync(casePath);
        await Assertions.Expect(Due(province, "AcceptanceReview")).ToHaveTextAsync("2025-10-16");
        await province.ClickAsync("[data-testid='review-accept']");
        await Assertions.Expect(province.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Accepted");
        await Assertions.Expect(Due(province, "Forwarding")).ToHaveTextAsync("2025-10-16");

        // Thursday 2025-10-09, the first working day after the holiday: forwarded; 30 days end on Monday 2025-11-10.
        site.MoveTo(new DateOnly(2025, 10, 9));
        province = await SignInAsync(SeededAccounts.OfficialZhejiang);
        await province.GotoAsync(casePath);
        await province.ClickAsync("[data-testid='forward-submit']");
        await Assertions.Expect(province.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Handling");
        await Assertions.Expect(Due(province, "Handling")).ToHaveTextAsync("2025-11-10");

        var county = await SignInAsync(SeededAccounts.OfficialXihu);
        await county.GotoAsync(casePath);
        await county.SelectOptionAsync("[data-testid='step-kind']", "RespondentAnswer");
        await county.FillAsync("[data-testid='step-note']", "被投诉人书面反馈：已核实，拟于11月底前支付");
        await county.ClickAsync("[data-testid='step-submit']");
        await Assertions.Expect(county.Locator("[data-testid='case-timeline'] tr[data-action='step.respondent-answer']")).ToContainTextAsync("拟于11月底前支付");
        await county.FillAsync("[data-testid='extension-days']", "30");
        await county.FillAsync("[data-testid='extension-reason']", "涉及多份合同，需核对结算");
        await county.ClickAsync("[data-testid='extension-submit']");
        await Assertions.Expect(county.Locator("[data-testid='case-extensions']")).ToContainTextAsync("待审批");

        var head = await SignInAsync(SeededAccounts.HeadXihu);
        await head.GotoAsync(casePath);
        await head.FillAsync("[data-testid='extension-decision-note']", "同意延长30日");
        await head.ClickAsync("[data-testid='extension-approve']");
        await Assertions.Expect(head.Locator("[data-testid='case-extensions']")).ToContainTextAsync("已批准");
        await Assertions.Expect(Due(head, "Handling")).ToHaveTextAsync("2025-12-08");
        await ScreenshotAsync(head, "complaint-extended");

        // 2025-11-20: paid in full; the enterprise confirms and the case closes.
        site.MoveTo(new DateOnly(2025, 11, 20));
        county = await SignInAsync(SeededAccounts.OfficialXihu);
        await county.GotoAsync(casePath);
        await county.SelectOptionAsync("[data-testid='result-outcome']", "PaidInFull");
        await county.FillAsync("[data-testid='result-feedback']", "被投诉人已全额支付38万元");
        await county.ClickAsync("[data-testid='result-submit']");
        await Assertions.Expect(county.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Resolved");

        enterprise = await SignInAsync(SeededAccounts.Enterprise);
        await enterprise.GotoAsync(casePath);
        await enterprise.ClickAsync("[data-testid='confirm-yes']");
        await Assertions.Expect(enterprise.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(enterprise.Locator("[data-testid='case-outcome']")).ToContainTextAsync("380,000.00");
        await ScreenshotAsync(enterprise, "complaint-closed");

        var admin = await SignInAsync(SeededAccounts.Admin);
        await admin.GotoAsync("/admin/audit");
        await Assertions.Expect(admin.Locator("[data-testid='audit-verification']")).ToContainTextAsync("哈希链完整");
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync("complaint.confirmed");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        foreach (var page in _pages)
        {
            if (failed && !page.IsClosed) await Screenshots.TrySaveAsync(page, $"FAILED-complaint-{_pages.IndexOf(page)}");
            await page.Context.CloseAsync();
        }
    }

    private static ILocator Due(IPage page, string kind) => page.Locator($"[data-testid='deadline-{kind}'] [data-testid='deadline-due']").Last;

    private static Task<string> ScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name);

    /// <summary>A fresh browser context per sign-in: after the clock moves, earlier cookies may have expired.</summary>
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await site.NewPageAsync();
        _pages.Add(page);
        await LoginForm.SignInAsync(page, email, SeededAccounts.Password);
        return page;
    }

    private static async Task Fill(IPage page, Dictionary<string, string> fields)
    {
        foreach (var (name, value) in fields) await page.FillAsync($"[data-testid='f-{name}']", value);
    }
}
