using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ReviewComplaint;

/// <summary>Acceptance review and forwarding by the accepting department (第二十四、二十五条第一款).</summary>
internal sealed class ReviewComplaintHandler(CaseCommands commands, ArrearsDbContext db)
{
    public static Dictionary<string, Bilingual> Check(AcceptanceDecisionRequest r)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (r.Decision is not ("accept" or "return" or "reject"))
            errors["decision"] = new("应为 accept、return 或 reject", "Must be accept, return or reject");
        if (r.Decision == "return" && string.IsNullOrWhiteSpace(r.Note))
            errors["note"] = new("退回补正时须写明需补充的材料", "Say what is missing when returning a complaint");
        if (r.Decision == "reject" && !EnumNames.TryParse<RejectionReason>(r.Reason, out _))
            errors["reason"] = new("不予受理须选择法定理由：" + string.Join("、", Enum.GetNames<RejectionReason>()),
                "A rejection needs a statutory ground: " + string.Join(", ", Enum.GetNames<RejectionReason>()));
        if (r.Note is { Length: > 2000 }) errors["note"] = new("说明最多2000字", "The note has at most 2000 characters");
        return errors;
    }

    public Task<CaseCommandResult> DecideAsync(long id, AcceptanceDecisionRequest r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Reviewer, (c, actor, calendar) =>
        {
            switch (r.Decision)
            {
                case "accept": ComplaintTransitions.Accept(c, actor, r.Note, calendar); break;
                case "return": ComplaintTransitions.Return(c, actor, r.Note!); break;
                default: ComplaintTransitions.Reject(c, actor, EnumNames.Parse<RejectionReason>(r.Reason!), r.Note); break;
            }
        }, ct);

    public async Task<CaseCommandResult> ForwardAsync(long id, ForwardingRequest r, CallerScope scope, CancellationToken ct)
    {
        var rules = await CurrentRulesAsync(ct);
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Reviewer, (c, actor, calendar) =>
        {
            var route = rules.Route(c.RespondentType, c.RespondentIsCentral, RegionCode.Parse(c.RespondentRegion));
            ComplaintTransitions.Forward(c, actor, route, r.Note, calendar);
        }, ct);
    }

    /// <summary>The newest rule set an administrator stored, else the shipped one.</summary>
    public async Task<RoutingRuleSet> CurrentRulesAsync(CancellationToken ct)
    {
        var stored = await db.RoutingRuleSets.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.Json).FirstOrDefaultAsync(ct);
        return stored is null ? RoutingRuleSet.Default : RoutingRuleSet.Parse(stored);
    }
}
