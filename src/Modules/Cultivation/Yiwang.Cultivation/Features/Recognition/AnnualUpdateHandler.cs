using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// The recognised enterprise reports this year's figures; they are checked again under the rule set of the recognition
/// (the 2026 小巨人 复核 still uses the 63号 standard, tiered-cultivation.md §5). A failed check does not revoke by
/// itself: it is shown to the province, who decides.
/// </summary>
internal sealed class AnnualUpdateHandler(ApplicationStore store)
{
    public async Task<CommandResult> HandleAsync(long id, EnterpriseFacts? facts, CallerScope caller, CancellationToken ct)
    {
        var app = await store.FindAsync(id, caller, ct);
        if (app is null) return CommandResult.NotFound();
        if (!caller.IsEnterprise) return CommandResult.Forbidden(new Bilingual("年度信息由企业本身更新", "The enterprise itself files the annual update"));
        if (ApplicationDto.StatusId(app, store.Today) != "recognised") return CommandResult.Conflict(new Bilingual("只有有效期内的认定需要年度更新", "Only a valid recognition takes annual updates"));
        var (result, errors) = EvaluateTierHandler.Handle(new EvaluateTierRequest(app.RuleSetId, app.Tier, null, facts), store.Clock);
        if (result is null) return CommandResult.Invalid(errors);
        app.FactsJson = System.Text.Json.JsonSerializer.Serialize(facts);
        app.LastAnnualUpdate = store.Today;
        app.LastAnnualUpdateEligible = result.Eligible;
        return await store.CommitAsync(app, caller, "annualUpdate", result.Eligible ? null : result.Verdict.Zh, ct);
    }
}
