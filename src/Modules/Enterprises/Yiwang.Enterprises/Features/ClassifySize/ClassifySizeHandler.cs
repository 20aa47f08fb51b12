using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Enterprises.Features.ClassifySize;

/// <summary>A classification with its rule set, or every problem with the request (by API field name).</summary>
internal sealed record SizeEvaluation(SizeRuleSet? RuleSet, SizeClassification? Result, FieldErrors Errors);

/// <summary>Validates a request and classifies it; shared by the API and the self-test page.</summary>
internal static class ClassifySizeHandler
{
    public static SizeEvaluation Evaluate(ClassifySizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var set = string.IsNullOrWhiteSpace(request.RuleSet) ? SizeRuleSetCatalog.Default : SizeRuleSetCatalog.Find(request.RuleSet.Trim());
        if (set is null)
            errors.Add("ruleSet", $"没有名为“{request.RuleSet}”的划型规则集，可选：{Ids}", $"There is no rule set '{request.RuleSet}'; available: {Ids}");
        if (!IndustryCode.TryParse(request.IndustryCode, out var industry, out var codeError)) errors.AddCode("industryCode", codeError);
        if (FigureLimits.Check(SizeIndicator.Employees, request.Employees) is { } e) errors.Add("employees", e);
        if (FigureLimits.Check(SizeIndicator.RevenueTenThousandYuan, request.RevenueTenThousandYuan) is { } r) errors.Add("revenueTenThousandYuan", r);
        if (FigureLimits.Check(SizeIndicator.TotalAssetsTenThousandYuan, request.TotalAssetsTenThousandYuan) is { } a) errors.Add("totalAssetsTenThousandYuan", a);
        if (errors.Any || set is null) return new(set, null, errors);

        var result = SizeClassifier.Classify(set, industry, new SizeFigures(request.Employees, request.RevenueTenThousandYuan, request.TotalAssetsTenThousandYuan));
        var explanation = result.Explanation.Select(l => new Bilingual(l.Zh, l.En)).ToArray();
        switch (result.Outcome)
        {
            case SizeOutcome.TooCoarse or SizeOutcome.InvalidIndustryCode:
                foreach (var line in explanation) errors.Add("industryCode", line);
                return new(set, null, errors);
            case SizeOutcome.MissingIndicator or SizeOutcome.InvalidFigure:
                foreach (var indicator in SizeIndicatorText.All.Where(i => (result.ProblemIndicators & i) != 0))
                    errors.Add(indicator.JsonName(), Problem(result.Outcome, indicator));
                return new(set, null, errors);
        }

        return new(set, result, errors);
    }

    public static (ClassifySizeResponse? Response, FieldErrors Errors) Handle(ClassifySizeRequest request)
    {
        var (set, result, errors) = Evaluate(request);
        if (result is null) return (null, errors);
        var row = result.Row is { } r2 ? new NamedRef(r2.Id, Bilingual.T(r2.NameZh, r2.NameEn)) : null;
        return (new ClassifySizeResponse(
            result.Size?.Code(), result.Size is { } s ? Labels.Of(s).Current : null, result.IsSme,
            result.Outcome == SizeOutcome.Classified ? "classified" : "notCovered", row,
            new NamedRef(set!.Id, Bilingual.T(set.NameZh, set.NameEn)), [.. result.Explanation.Select(l => l.Text(Bilingual.IsEnglish))]), errors);
    }

    private static Bilingual Problem(SizeOutcome outcome, SizeIndicator indicator)
    {
        var name = Labels.Of(indicator);
        return outcome == SizeOutcome.InvalidFigure
            ? new($"{name.Zh}不能为负数", $"{name.En} must not be negative")
            : new($"该行业按{name.Zh}划型，请填写{name.Zh}", $"This industry is classified by {name.En.ToLowerInvariant()}; enter it");
    }

    private static string Ids => string.Join(", ", SizeRuleSetCatalog.All.Select(s => s.Id));
}
