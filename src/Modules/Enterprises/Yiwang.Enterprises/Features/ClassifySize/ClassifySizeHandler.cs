using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ClassifySize;

/// <summary>Validates a request and classifies it; shared by the API, the self-test page and the register import.</summary>
internal static class ClassifySizeHandler
{
    public static (ClassifySizeResponse? Response, Dictionary<string, string[]>? Errors) Handle(ClassifySizeRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, Bilingual message) => errors[field] = [message.Current];

        var set = string.IsNullOrWhiteSpace(request.RuleSet) ? SizeRuleSetCatalog.Default : SizeRuleSetCatalog.Find(request.RuleSet.Trim());
        if (set is null)
            Add("ruleSet", new($"未知的划型规则集“{request.RuleSet}”，可选：{Ids}", $"Unknown rule set '{request.RuleSet}'; available: {Ids}"));
        if (!IndustryCode.TryParse(request.IndustryCode, out var industry, out var codeError))
            Add("industryCode", new(codeError.MessageZh, codeError.MessageEn));
        if (FigureLimits.Check("employees", request.Employees, FigureLimits.MaxEmployees) is { } e) Add("employees", e);
        if (FigureLimits.Check("revenueTenThousandYuan", request.RevenueTenThousandYuan, FigureLimits.MaxRevenueTenThousandYuan) is { } r) Add("revenueTenThousandYuan", r);
        if (FigureLimits.Check("totalAssetsTenThousandYuan", request.TotalAssetsTenThousandYuan, FigureLimits.MaxAssetsTenThousandYuan) is { } a) Add("totalAssetsTenThousandYuan", a);
        if (errors.Count > 0 || set is null) return (null, errors);

        var result = SizeClassifier.Classify(set, industry, new SizeFigures(request.Employees, request.RevenueTenThousandYuan, request.TotalAssetsTenThousandYuan));
        var explanation = result.Explanation.Select(l => l.Text(Bilingual.IsEnglish)).ToArray();
        switch (result.Outcome)
        {
            case SizeOutcome.TooCoarse or SizeOutcome.InvalidIndustryCode:
                errors["industryCode"] = explanation;
                return (null, errors);
            case SizeOutcome.MissingIndicator or SizeOutcome.InvalidFigure:
                foreach (var indicator in SizeIndicatorText.All.Where(i => (result.ProblemIndicators & i) != 0))
                    errors[indicator.JsonName()] = explanation;
                return (null, errors);
        }

        var row = result.Row is { } r2 ? new NamedRef(r2.Id, Bilingual.T(r2.NameZh, r2.NameEn)) : null;
        return (new ClassifySizeResponse(
            result.Size?.Code(), result.Size is { } s ? Bilingual.T(s.NameZh(), s.Code()) : null, result.IsSme,
            result.Outcome == SizeOutcome.Classified ? "classified" : "notCovered", row,
            new NamedRef(set.Id, Bilingual.T(set.NameZh, set.NameEn)), explanation), null);
    }

    private static string Ids => string.Join(", ", SizeRuleSetCatalog.All.Select(s => s.Id));
}
