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
    /// <summary>A real one-page PDF: evidence is parsed whole, so a bare header no longer passes.</summary>
    private static readonly byte[] Pdf = OnePagePdf();

    private static byte[] OnePagePdf()
    {
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        return builder.Build();
    }
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
        // 办结 is a decision with legal effect: the first click only says what it does.
        await enterprise.ClickAsync("[data-testid='confirm-yes']");
        await Assertions.Expect(enterprise.Locator("[data-testid='confirm-yes']")).ToContainTextAsync("确认后案件办结");
        await enterprise.ClickAsync("[data-testid='confirm-yes-confirm']");
        await Assertions.Expect(enterprise.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(enterprise.Locator("[data-testid='case-outcome']")).ToContainTextAsync("380,000.00");
        await ScreenshotAsync(enterprise, "complaint-closed");

        var admin = await SignInAsync(SeededAccounts.Admin);
        await admin.GotoAsync("/admin/audit");
        await Assertions.Expect(admin.Locator("[data-testid='audit-verification']")).ToContainTextAsync("哈希链完整");
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync("complaint.confirmed");
    }

    [Fact]
    public async Task A_failed_result_form_keeps_the_chosen_outcome()
    {
        // A case in handling, set up through the API in the signed-in browser contexts (their cookies).
        var enterprise = await SignInAsync(SeededAccounts.Enterprise);
        var created = await enterprise.APIRequest.PostAsync("/api/v1/complaints", new()
        {
            DataObject = new
            {
                contactName = "王芳", contactPhone = "13812345678",
                respondent = new { name = "浙江华东重工集团有限公司", uscc = "91330106MA2HDXG7JB", type = "LargeEnterprise", region = "330106", central = false },
                contracts = new[] { new { number = "HT-E2E-KEEP", signedOn = "2025-03-01", amountYuan = 500000m } },
                amountOwedYuan = 380000m, priorProceedings = "None", description = "交付数控机床配件并验收合格，至今未付。",
            },
        });
        Assert.Equal(201, created.Status);
        var id = (await created.JsonAsync())!.Value.GetProperty("id").GetInt64();
        var evidence = enterprise.Context.APIRequest.CreateFormData();
        evidence.Set("file", new FilePayload { Name = "合同.pdf", MimeType = "application/pdf", Buffer = Pdf });
        Assert.Equal(201, (await enterprise.APIRequest.PostAsync($"/api/v1/complaints/{id}/evidence", new() { Multipart = evidence })).Status);
        Assert.Equal(200, (await enterprise.APIRequest.PostAsync($"/api/v1/complaints/{id}/submission", new() { DataObject = new { } })).Status);
        var province = await SignInAsync(SeededAccounts.OfficialZhejiang);
        Assert.Equal(200, (await province.APIRequest.PostAsync($"/api/v1/complaints/{id}/acceptance", new() { DataObject = new { decision = "accept" } })).Status);
        Assert.Equal(200, (await province.APIRequest.PostAsync($"/api/v1/complaints/{id}/forwarding", new() { DataObject = new { } })).Status);

        // Partly paid, feedback written, the amount paid forgotten: the form comes back with both, not with 已全额支付.
        var county = await SignInAsync(SeededAccounts.OfficialXihu);
        await county.GotoAsync($"/complaints/{id}");
        await county.SelectOptionAsync("[data-testid='result-outcome']", "PartlyPaid");
        await county.FillAsync("[data-testid='result-feedback']", "被投诉人已支付部分款项");
        await county.ClickAsync("[data-testid='result-submit']");
        await Assertions.Expect(county.Locator("[data-testid='result-form'] [data-testid='form-errors']")).ToContainTextAsync("部分支付须填写已支付金额");
        await Assertions.Expect(county.Locator("[data-testid='result-outcome']")).ToHaveValueAsync("PartlyPaid");
        await Assertions.Expect(county.Locator("[data-testid='result-feedback']")).ToHaveValueAsync("被投诉人已支付部分款项");
        await ScreenshotAsync(county, "complaint-result-kept");

        await county.FillAsync("[data-testid='result-recovered']", "100,000");
        await county.ClickAsync("[data-testid='result-submit']");
        await Assertions.Expect(county.Locator("[data-testid='case-status']")).ToHaveAttributeAsync("data-status", "Resolved");
        await Assertions.Expect(county.Locator("[data-testid='case-outcome']")).ToContainTextAsync("部分支付");
        await Assertions.Expect(county.Locator("[data-testid='case-done']")).ToContainTextAsync("待投诉企业确认");
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
