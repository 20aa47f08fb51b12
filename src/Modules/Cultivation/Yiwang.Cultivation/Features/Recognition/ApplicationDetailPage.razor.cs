using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Cultivation.Features.ApplyWizard;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Kernel.Web.Ui;
using static Yiwang.Kernel.Text.Bilingual;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// One application: its state and history for everyone who may see it, the level's decision for the official whose turn
/// it is, the correction or the annual update for the enterprise, revocation for the recognising official. Every
/// command goes through the same handler as the API; a success says what happens next and by when.
/// </summary>
public sealed partial class ApplicationDetailPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Parameter] public long Id { get; set; }
    [SupplyParameterFromQuery(Name = "submitted")] public string? Submitted { get; set; }
    [Inject] private ApplicationStore Store { get; set; } = default!;
    [Inject] private LocalReviewHandler Local { get; set; } = default!;
    [Inject] private ProvincialDecisionHandler Provincial { get; set; } = default!;
    [Inject] private NationalDecisionHandler National { get; set; } = default!;
    [Inject] private RevokeHandler Revoke { get; set; } = default!;
    [Inject] private SubmitApplicationHandler Submit { get; set; } = default!;
    [Inject] private AnnualUpdateHandler Annual { get; set; } = default!;

    private ApplicationDto? app;
    private FormModel form = new();
    private string? message;
    private (string Title, string Text)? done;

    private CallerScope Caller => CallerScope.FromPrincipal(HttpContext.User);

    private string? Decision => form.Value("decision");

    private string? ReturnReason => app?.Events.LastOrDefault(e => e.Action == "returned")?.Reason;

    private IReadOnlyList<Crumb> Crumbs =>
    [
        new(T("专精特新", "Quality SMEs"), "/cultivation"),
        new(Caller.IsEnterprise ? T("我的申报", "My applications") : T("申报审核", "Review queue"), "/cultivation/applications"),
        new(T($"第 {Id} 号", $"No. {Id}")),
    ];

    private static IReadOnlyList<TableColumn<ApplicationEventDto>> EventColumns { get; } =
    [
        TableColumn.Text<ApplicationEventDto>(T("时间", "When"), e => Figures.Instant(e.At), primary: true),
        TableColumn.Text<ApplicationEventDto>(T("办理", "Step"), e => e.ActionName.Current),
        TableColumn.Text<ApplicationEventDto>(T("办理部门", "By"), e => e.ActorRegion is null ? RoleName(e.ActorRole) : RecognitionText.Region(e.ActorRegion)),
        TableColumn.Text<ApplicationEventDto>(T("意见", "Remarks"), e => e.Reason ?? "—"),
    ];

    /// <summary>When the level now holding the application should decide (null once no level is deciding).</summary>
    private DateOnly? ReviewDue => app is null ? null : ReviewDeadlines.For(app);

    protected override async Task OnInitializedAsync()
    {
        form = FormModel.FromRequest(HttpContext);
        await LoadAsync();
        if (app is not null && !form.Posted && Submitted == "1" && app.Status == "submitted" && Caller.IsEnterprise) done = NextStep(app);
    }

    private async Task LoadAsync()
    {
        var record = await Store.FindAsync(Id, Caller, HttpContext.RequestAborted);
        app = record is null ? null : ApplicationDto.From(record, Store.Today);
        if (record is not null) foreach (var (name, value) in FactsFormValues.FromJson(record.FactsJson)) form.Prefill(name, value);
    }

    /// <summary>One form, two commands: a returned application is resubmitted, a recognised one takes the annual update.</summary>
    private async Task FileFactsAsync()
    {
        if (app is null) return;
        var (facts, problems) = FactsFormValues.Read(HttpContext.Request.Form);
        if (problems.Any) { form.WithErrors(problems); message = T("请修改标出的数据后再提交。", "Correct the marked figures and submit again."); return; }
        var request = new SubmitApplicationRequest(null, null, facts, ExpectedVersion);
        var result = app.Status == "returned"
            ? await Submit.ResubmitAsync(Id, request, Caller, HttpContext.RequestAborted)
            : await Annual.HandleAsync(Id, request, Caller, HttpContext.RequestAborted);
        await DoneAsync(result);
        if (result.Succeeded) await LoadAsync();
    }

    private async Task DecideAsync()
    {
        if (app is null) return;
        var request = new ReviewDecision(HttpContext.Request.Form["decision"], HttpContext.Request.Form["reason"], ExpectedVersion);
        // The stage the reviewer saw, not the one now: a decision overtaken by another is refused as stale (409).
        var stage = HttpContext.Request.Form["stage"].ToString() is { Length: > 0 } seen ? seen : app.Status;
        var result = stage switch
        {
            "submitted" => await Local.HandleAsync(Id, request, Caller, HttpContext.RequestAborted),
            "locallyRecommended" => await Provincial.HandleAsync(Id, request, Caller, HttpContext.RequestAborted),
            _ => await National.HandleAsync(Id, request, Caller, HttpContext.RequestAborted),
        };
        await DoneAsync(result);
    }

    private async Task RevokeAsync() =>
        await DoneAsync(await Revoke.HandleAsync(Id, new RevokeRequest(HttpContext.Request.Form["reason"], ExpectedVersion), Caller, HttpContext.RequestAborted));

    /// <summary>The version the form was rendered with; a decision on an older one is refused (409) and nothing is saved.</summary>
    private int? ExpectedVersion => int.TryParse(HttpContext.Request.Form["expectedVersion"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>
    /// Done: the application as it is now and what happens next. Refused: why, beside the fields, answered with the
    /// API's status; after a conflict (another decision came first) the page shows the current state.
    /// </summary>
    private async Task DoneAsync(CommandResult<ApplicationDto> result)
    {
        if (result.Succeeded)
        {
            app = result.Value;
            done = NextStep(app!);
            return;
        }

        form.WithErrors(FactsFormValues.FromHandler(result.Errors));
        message = result.Message?.Current ?? T("请修改标出的内容后再提交。", "Correct what is marked and submit again.");
        HttpContext.Response.StatusCode = result.StatusCode;
        if (result.Status == CommandStatus.Conflict) await LoadAsync();
    }

    private (string Title, string Text) NextStep(ApplicationDto a)
    {
        var due = ReviewDue is { } d ? Figures.Date(d) : null;
        return a.Status switch
        {
            "submitted" => (T("已提交申报", "Application filed"),
                T($"县（市）中小企业主管部门将于 {due} 前完成初审（{ReviewDeadlines.BasisOf(a).Zh}）。审核结果会发到您的消息中心；被退回时可在本页修改后重新提交。",
                  $"The county/city SME department reviews it by {due} ({ReviewDeadlines.BasisOf(a).En}). The result reaches your inbox; if it is returned you correct it on this page.")),
            "locallyRecommended" => (T("已推荐至省级", "Recommended to the province"),
                T($"省级中小企业主管部门将于 {due} 前审核（{ReviewDeadlines.BasisOf(a).Zh}），企业会收到通知。", $"The provincial SME department decides by {due} ({ReviewDeadlines.BasisOf(a).En}); the enterprise is told.")),
            "nationallyNominated" => (T("已推荐至工业和信息化部", "Nominated to MIIT"),
                T($"工业和信息化部将于 {due} 前认定（{ReviewDeadlines.BasisOf(a).Zh}），企业会收到通知。", $"MIIT decides by {due} ({ReviewDeadlines.BasisOf(a).En}); the enterprise is told.")),
            "recognised" when a.LastAnnualUpdate == Store.Today => (T("已提交年度更新", "Annual update filed"),
                a.LastAnnualUpdateEligible == true ? T("数据仍符合认定条件，无需其他操作。", "The figures still meet the conditions; nothing else to do.")
                    : T("数据不再符合认定条件，认定部门将复核。", "The figures no longer meet the conditions; the recognising department reviews.")),
            "recognised" => (T("已认定", "Recognised"),
                T($"已列入认定名单，有效期至 {Figures.Date(a.ValidUntil)}；企业已收到通知。", $"On the published list, valid until {Figures.Date(a.ValidUntil)}; the enterprise has been told.")),
            "returned" => (T("已退回补正", "Returned for changes"), T("企业已收到退回意见，重新提交后回到县（市）初审。", "The enterprise has the reason; once resubmitted it returns to the county/city review.")),
            "rejected" => (T("已驳回", "Rejected"), T("企业已收到驳回理由，本次申报结束。", "The enterprise has been told the reason; this application ends.")),
            _ => (T("已撤销认定", "Recognition revoked"), T("企业已从认定名单中移除并收到通知。", "The enterprise has left the published list and has been told.")),
        };
    }

    private static string RoleName(string role) => role switch
    {
        Roles.Enterprise => T("申报企业", "Applicant"),
        Roles.Admin => T("系统管理员", "Administrator"),
        _ => T("系统", "System"),
    };
}
