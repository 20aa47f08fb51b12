using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Cultivation.Domain.DigitalLevel;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Kernel.Web.Ui;
using static Yiwang.Kernel.Text.Bilingual;
using FieldErrors = Yiwang.Kernel.Web.Commands.FieldErrors;

namespace Yiwang.Cultivation.Features.DigitalLevel;

/// <summary>
/// The questionnaire one dimension per step, then the scenario levels, then the preview and the pledge. Each step is
/// saved as the enterprise's draft; errors come back beside their questions with what was ticked.
/// </summary>
public sealed partial class DigitalLevelWizardPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "step")] public string? StepText { get; set; }
    [Inject] private DigitalLevelHandler Handler { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private FormModel form = new();
    private DigitalLevelAnswers draft = DigitalLevelAnswers.Empty;
    private string? stepProblem;
    private int? postedStep;

    private static DigitalLevelIndex Index => DigitalLevelHandler.Index;
    private static int ScenarioStep => Index.Dimensions.Count + 1;
    private static int LastStep => Index.Dimensions.Count + 2;
    private static int QuestionCount => Index.Questions.Count();
    private int CurrentStep => postedStep ?? QueryNumbers.Read(StepText, 1, 1, LastStep, new("步骤", "step"), out _);
    private int Answered => draft.Choices?.Count ?? 0;
    private string Uscc => CallerScope.FromPrincipal(HttpContext.User).Enterprise?.Value ?? string.Empty;

    private static IReadOnlyList<Crumb> Crumbs => [new(T("专精特新", "Quality SMEs"), "/cultivation"), new(T("数字化水平评测", "Digital level"))];

    private static IReadOnlyList<StepItem> StepItems =>
        [.. Index.Dimensions.Select(d => new StepItem(T(d.NameZh, d.NameEn))), new(T("业务场景等级", "Scenario levels")), new(T("确认并提交", "Review and submit"))];

    private static IReadOnlyList<Choice> ScenarioLevels =>
        [.. Enumerable.Range(0, 5).Select(l => new Choice(l.ToString(System.Globalization.CultureInfo.InvariantCulture), T(Index.Scenarios.LevelsZh[l], Index.Scenarios.LevelsEn[l])))];

    private static IReadOnlyList<Choice> OptionsOf(IndexQuestion q) =>
        [.. q.Options.Select(o => new Choice(o.Id, T($"{o.Zh}（{Points(o.Points)} 分）", $"{o.En} ({Points(o.Points)} points)")))];

    /// <summary>Points as the index writes them: 2, 1.5, 7.5.</summary>
    private static string Points(decimal points) => Figures.Number(points, points == decimal.Truncate(points) ? 0 : 1);

    private IReadOnlyList<string> Chosen(string id) => draft.Choices?.GetValueOrDefault(id) ?? [];

    protected override async Task OnInitializedAsync()
    {
        form = FormModel.FromRequest(HttpContext);
        if (form.Posted && int.TryParse(HttpContext.Request.Form["step"], out var posted)) postedStep = Math.Clamp(posted, 1, LastStep);
        QueryNumbers.Read(StepText, 1, 1, LastStep, new("步骤", "step"), out stepProblem);
        draft = await Handler.DraftAsync(Uscc, HttpContext.RequestAborted);
    }

    private async Task SaveAsync()
    {
        var posted = HttpContext.Request.Form;
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var scenarios = new Dictionary<string, int>(StringComparer.Ordinal);
        if (CurrentStep <= Index.Dimensions.Count)
        {
            var asked = posted["asked"].Select(a => a ?? string.Empty).ToHashSet(StringComparer.Ordinal);
            foreach (var q in Index.Dimensions[CurrentStep - 1].SubDimensions.SelectMany(s => s.Questions))
            {
                var values = posted["q." + q.Id].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
                if (values.Count > 0 || asked.Contains(q.Id)) choices[q.Id] = values;
            }
        }
        else if (CurrentStep == ScenarioStep)
        {
            foreach (var s in Index.Scenarios.Items)
            {
                if (int.TryParse(posted["s." + s.Id], out var level)) scenarios[s.Id] = level;
            }
        }

        var errors = await Handler.SaveStepAsync(Uscc, new DigitalLevelAnswers(choices, scenarios), HttpContext.RequestAborted);
        if (errors.Count > 0) { form.WithErrors(FieldErrorsOf(errors)); return; }
        draft = await Handler.DraftAsync(Uscc, HttpContext.RequestAborted);
        switch (posted["nav"].ToString())
        {
            case "back":
                Navigation.NavigateTo($"/cultivation/digital-level?step={CurrentStep - 1}");
                return;
            case "submit":
                if (posted["pledge"] != "true")
                {
                    form.WithErrors(FieldErrors.Of("pledge", new("请先作出真实性承诺", "Please confirm that the answers are true")));
                    return;
                }

                var (saved, problems) = await Handler.CompleteAsync(CallerScope.FromPrincipal(HttpContext.User), draft, HttpContext.RequestAborted);
                if (saved is null) { form.WithErrors(FieldErrorsOf(problems)); return; }
                Navigation.NavigateTo($"/cultivation/digital-level/{saved.Id}");
                return;
            default:
                Navigation.NavigateTo($"/cultivation/digital-level?step={CurrentStep + 1}");
                return;
        }
    }

    // The handler names answers as the API does (choices.x, scenarios.x); the form's fields are q.x and s.x.
    private static FieldErrors FieldErrorsOf(Dictionary<string, Bilingual> errors)
    {
        var result = new FieldErrors();
        foreach (var (key, message) in errors)
        {
            var field = key.StartsWith("choices.", StringComparison.Ordinal) ? "q." + key["choices.".Length..]
                : key.StartsWith("scenarios.", StringComparison.Ordinal) ? "s." + key["scenarios.".Length..] : key;
            result.Add(field, message);
        }

        return result;
    }
}
