using Yiwang.Arrears.Domain.Interest;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.CalculatePaymentDueDate;

/// <summary>Checks a request and resolves the payment term; shared by the API and the calculator page.</summary>
internal static class PaymentDueDateHandler
{
    public static PaymentDueDateOutcome Handle(PaymentDueDateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, Bilingual>();
        var respondent = ParseRespondent(request.RespondentType);
        if (respondent is null)
        {
            errors["respondentType"] = new($"付款方类型“{request.RespondentType}”无效，可选：organ（机关）、publicInstitution（事业单位）、largeEnterprise（大型企业）、other（其他）",
                $"Unknown respondent type '{request.RespondentType}'; use organ, publicInstitution, largeEnterprise or other");
        }

        var startsFrom = ParseStart(request.TermStartsFrom);
        if (startsFrom is null)
        {
            errors["termStartsFrom"] = new($"起算事件“{request.TermStartsFrom}”无效，可选：delivery（交付）、acceptance（验收合格）、settlementConfirmed（确认结算金额）",
                $"Unknown start event '{request.TermStartsFrom}'; use delivery, acceptance or settlementConfirmed");
        }

        if (request.StartDate is null) errors["startDate"] = new("必填：交付、验收合格或确认结算金额的日期", "Required: the delivery, acceptance or settlement date");
        if (errors.Count > 0) return new(null, errors, null);

        var input = new PaymentTermInput(respondent!.Value, startsFrom!.Value, request.StartDate!.Value, request.AgreedTermDays, request.AgreedAcceptanceDeadline);
        errors = PaymentTermRules.Validate(input);
        if (errors.Count > 0) return new(null, errors, null);

        PaymentTerm term;
        try
        {
            term = PaymentTermRules.Resolve(input);
        }
        catch (CalendarNotCoveredException ex)
        {
            // Guessing Mon–Fri in a year without the State Council notice would miss every Spring Festival and National Day.
            return new(null, errors, new Bilingual(ex.MessageZh, ex.Message));
        }

        return new(new PaymentDueDateResponse(term.DueDate, term.DueDate.AddDays(1), term.TermStartDate, term.TermDays, term.LastCalendarDay,
            term.DueDate != term.LastCalendarDay, term.RuleCode, term.AgreedTermCapped, term.NeedsReview, term.Article, term.Explanation, term.Provisional), errors, null);
    }

    /// <summary>The API's names, and the regulation's own words for people typing them.</summary>
    public static RespondentType? ParseRespondent(string? text) => text?.Trim() switch
    {
        "organ" or "机关" => RespondentType.Organ,
        "publicInstitution" or "事业单位" => RespondentType.PublicInstitution,
        "largeEnterprise" or "大型企业" => RespondentType.LargeEnterprise,
        "other" or "其他" => RespondentType.Other,
        _ => null,
    };

    public static TermStart? ParseStart(string? text) => text?.Trim() switch
    {
        null or "" or "delivery" or "交付" => TermStart.Delivery,
        "acceptance" or "验收" => TermStart.Acceptance,
        "settlementConfirmed" or "结算" => TermStart.SettlementConfirmed,
        _ => null,
    };
}
