using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Cultivation.Features.ApplyWizard;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Rules.RuleSets;
using static Yiwang.Kernel.Text.Bilingual;
using FieldErrors = Yiwang.Kernel.Web.Commands.FieldErrors;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The application as a wizard: the tier, then one step per part of its standard, then the self-assessment and the
/// submission. Static SSR: every step posts the whole form (the other steps' answers ride along as hidden fields), is
/// checked at once, and answers with the step's errors beside their fields or the next step with the live self-assessment.
/// </summary>
public sealed partial class ApplyPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Inject] private SubmitApplicationHandler Submit { get; set; } = default!;
    [Inject] private ApplyPrefill Prefill { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private FormModel form = new();
    private Dictionary<string, string> values = new(StringComparer.Ordinal);
    private ApplyStart start = ApplyStart.None;
    private IReadOnlyList<WizardSection> sections = [];
    private Yiwang.Rules.Evaluation.TargetEvaluation? evaluation;
    private string? failure;

    private int Step { get; set; }

    private CultivationRuleSet RuleSet => CultivationRuleSetCatalog.InForceOn(EvaluateTierHandler.Today(Clock)) ?? CultivationRuleSetCatalog.All[^1];

    private string? TierId => form.Value("tier");

    private Target? Tier => TierId is { } id ? RuleSet.FindTier(id) : null;

    private string TierName => Tier?.Name.Current ?? string.Empty;

    // Before a tier is chosen the steps are those a tier may have, so the user sees the whole way.
    private int StepCount => (Tier is null ? Placeholder.Count : sections.Count) + 2;

    private static readonly IReadOnlyList<Yiwang.Kernel.Text.Bilingual> Placeholder =
        [new("基本条件", "Basic conditions"), new("评分指标", "Scoring indicators"), new("直通条件", "Direct conditions")];

    private bool IsReview => Step == StepCount - 1 && Tier is not null;

    private WizardSection? CurrentSection => Step >= 1 && Step <= sections.Count ? sections[Step - 1] : null;

    /// <summary>Where the answers came from: every source before the tier is chosen, then those that filled a field the tier asks.</summary>
    private IReadOnlyList<Yiwang.Kernel.Text.Bilingual> PrefillSources =>
        start.SourcesFor(Tier is null ? null : [.. WizardSections.FactsOf(sections).Select(f => FactsFormValues.Prefix + f.Id)]);

    private static IReadOnlyList<Crumb> Crumbs => [new(T("专精特新", "Quality SMEs"), "/cultivation"), new(T("申报", "Apply"))];

    private IReadOnlyList<StepItem> StepItems =>
        [new(T("申报层级", "Tier")), .. (Tier is null ? Placeholder : sections.Select(s => s.Title)).Select(t => new StepItem(t.Current)), new(T("自评与提交", "Check and apply"))];

    private IReadOnlyList<Choice> TierChoices => [.. RuleSet.Tiers.Select(t => new Choice(t.Id, t.Name.Current, RecognitionText.TierSummary(t)))];

    /// <summary>The fields of the other steps, carried as hidden inputs so every post holds the whole application.</summary>
    private IEnumerable<(string Name, string Value)> Carried
    {
        get
        {
            var shown = CurrentSection?.Facts.Select(f => FactsFormValues.Prefix + f.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            return values.Where(v => !shown.Contains(v.Key)).Select(v => (v.Key, v.Value));
        }
    }

    protected override async Task OnInitializedAsync()
    {
        form = FormModel.FromRequest(HttpContext);
        start = await Prefill.ForAsync(CallerScope.FromPrincipal(HttpContext.User), HttpContext.RequestAborted);
        if (form.Posted)
        {
            var posted = HttpContext.Request.Form;
            values = posted.Keys.Where(k => k.StartsWith(FactsFormValues.Prefix, StringComparison.Ordinal))
                .ToDictionary(k => k, k => posted[k].ToString(), StringComparer.Ordinal);
            Step = int.TryParse(posted["step"], out var s) ? Math.Max(0, s) : 0;
        }
        else
        {
            values = new(start.Values, StringComparer.Ordinal);
            foreach (var (name, value) in values) form.Prefill(name, value);
            form.Prefill("tier", start.LastTier);
        }

        Refresh();
    }

    private async Task PostAsync()
    {
        var nav = HttpContext.Request.Form["nav"].ToString();
        if (nav == "back") { Step = Math.Max(0, Step - 1); Refresh(); return; }
        if (nav.StartsWith("goto-", StringComparison.Ordinal) && int.TryParse(nav.AsSpan(5), out var target)) { Step = Math.Clamp(target, 0, StepCount - 1); Refresh(); return; }
        if (Tier is null)
        {
            Step = 0;
            form.WithErrors(FieldErrors.Of("tier", new("请选择申报层级", "Choose the tier you apply for")));
            return;
        }

        if (nav == "submit") { await SubmitAsync(); return; }
        var errors = CurrentSection is { } section ? FactsFormValues.Read(Value, section.Facts).Errors : new FieldErrors();
        if (errors.Any) { form.WithErrors(errors); return; }
        Step = Math.Min(Step + 1, StepCount - 1);
        Refresh();
    }

    private async Task SubmitAsync()
    {
        var asked = WizardSections.FactsOf(sections);
        var (facts, errors) = FactsFormValues.Read(Value, asked);
        if (!errors.Any)
        {
            var result = await Submit.HandleAsync(new SubmitApplicationRequest(TierId, null, facts), CallerScope.FromPrincipal(HttpContext.User), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Navigation.NavigateTo($"/cultivation/applications/{result.Value!.Id}?submitted=1");
                return;
            }

            if (!result.Errors.Any) { failure = result.Describe(); return; }
            errors = FactsFormValues.FromHandler(result.Errors);
        }

        // Back to the first step with an error, which shows every error of that step beside its field.
        var first = sections.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Facts.Any(f => errors.Has(FactsFormValues.Prefix + f.Id)));
        Step = first.s is null ? Step : first.i + 1;
        form.WithErrors(errors);
        failure = first.s is null ? string.Join("；", errors.Fields.SelectMany(errors.For).Select(m => m.Current)) : null;
        Refresh();
    }

    private string? Value(string name) => values.GetValueOrDefault(name);

    /// <summary>Where a field's value came from, while it still holds the pre-filled value.</summary>
    private string? SourceOf(Yiwang.Rules.Facts.FactDefinition fact)
    {
        var name = FactsFormValues.Prefix + fact.Id;
        return start.Sources.TryGetValue(name, out var source) && start.Values.GetValueOrDefault(name) == Value(name) ? source.Current : null;
    }

    // The sections follow the tier; the self-assessment reads every answer so far (nothing while one is unreadable).
    private void Refresh()
    {
        if (Tier is not { } tier)
        {
            (sections, Step, evaluation) = ([], 0, null);
            return;
        }

        sections = WizardSections.For(tier);
        Step = Math.Min(Step, StepCount - 1);
        var (facts, errors) = FactsFormValues.Read(Value, WizardSections.FactsOf(sections));
        evaluation = errors.Any ? null : RuleSet.Compiled.Find(tier.Id)?.Explain(CultivationFacts.From(facts).Facts);
    }
}
