using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.ComplaintRouting;

/// <summary>The routing rules in force; administrators replace them, each stored set kept and audited, the newest applying to new forwardings.</summary>
internal sealed class RoutingRulesHandler(ArrearsDbContext db, CaseWrite write, TimeProvider clock)
{
    public static readonly Bilingual AdminOnly = new("仅平台管理员可以修改转交规则", "Only administrators can change the routing rules");

    /// <summary>The newest rule set an administrator stored, else the shipped one.</summary>
    public async Task<RoutingRuleSet> CurrentAsync(CancellationToken ct)
    {
        var stored = await db.RoutingRuleSets.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.Json).FirstOrDefaultAsync(ct);
        return stored is null ? RoutingRuleSet.Default : RoutingRuleSet.Parse(stored);
    }

    public async Task<CommandResult<RoutingRuleSet>> StoreAsync(string json, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsAdmin) return CommandResult.Forbidden(AdminOnly).As<RoutingRuleSet>();
        RoutingRuleSet set;
        try
        {
            set = RoutingRuleSet.Parse(json);
        }
        catch (InvalidDataException e)
        {
            // The parser's message is written for administrators in both languages ("中文 / English").
            return CommandResult.Invalid("rules", new(e.Message, e.Message)).As<RoutingRuleSet>();
        }
        db.RoutingRuleSets.Add(new RoutingRuleSetRecord { RuleSetId = set.Id, Json = set.ToJson(), StoredBy = scope.UserId, StoredAt = clock.GetUtcNow() });
        await write.SaveAsync(() => [new AuditEvent("complaint.routing-rules.stored", set.Id, scope.UserId, $"{set.Rules.Count} rules")], ct);
        return CommandResult.Of(set, new Bilingual($"已保存规则集 {set.Id}，此后的转交按新规则办理。", $"Rule set {set.Id} saved; forwardings from now on follow it."));
    }
}
