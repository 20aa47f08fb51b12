using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintRouting;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.ForwardComplaint;

/// <summary>Forwarding by the accepting department to the department the routing rules in force name (第二十五条第一款).</summary>
internal sealed class ForwardComplaintHandler(CaseCommands commands, RoutingRulesHandler rules)
{
    public async Task<CommandResult<CaseSummary>> ForwardAsync(long id, ForwardingRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Note is { Length: > 2000 }) return CommandResult.Invalid("note", new("说明最多2000字", "The note has at most 2000 characters")).As<CaseSummary>();
        var set = await rules.CurrentAsync(ct);
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.Forward, (c, actor, calendar) =>
            ComplaintTransitions.Forward(c, actor, set.Route(c.RespondentType, c.RespondentIsCentral, RegionCode.Parse(c.RespondentRegion)),
                string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), calendar), ct);
    }
}
