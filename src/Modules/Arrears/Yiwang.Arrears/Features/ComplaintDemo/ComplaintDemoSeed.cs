using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintDeadlines;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Codes;

namespace Yiwang.Arrears.Features.ComplaintDemo;

/// <summary>
/// Puts <see cref="DemoCases"/> into an empty demo database through <see cref="ComplaintTransitions"/>, so deadlines,
/// events and amounts are what the platform itself would have produced. Idempotent: nothing happens once the demo
/// contract numbers exist. Dates count back from today — or, when the work calendar does not reach far enough ahead,
/// from the latest day whose deadlines it can still compute.
/// </summary>
internal static class ComplaintDemoSeed
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string Enterprise = "demo-seed:enterprise", Reviewer = "demo-seed:province-official",
        Officer = "demo-seed:case-officer", Head = "demo-seed:department-head";

    private static readonly string SizeExplanation = JsonSerializer.Serialize(new[]
        { new[] { "演示数据：按企业名录的规模数据认定为小型企业", "Demo data: a small enterprise by the register's size figures" } });

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ArrearsDbContext>();
        var write = services.GetRequiredService<CaseWrite>();
        if (await db.Contracts.AnyAsync(k => k.Number.StartsWith(DemoCases.ContractPrefix), ct)) return;
        var calendar = services.GetRequiredService<IWorkCalendarSource>().Current;
        var today = CaseActor.ChinaDate(services.GetRequiredService<TimeProvider>().GetUtcNow());
        // Clocks running past the last loaded notice are provisional (ComplaintClocks), so the demo is always as of today.
        if (!calendar.Covers(today.AddDays(-400))) return; // no calendar for the demo's year of history: leave the database empty
        var soon = DeadlineSweep.DueSoonLimit(calendar, today);
        foreach (var spec in DemoCases.All)
        {
            var c = await CreateAsync(db, write, spec, today, ct);
            if (spec.Path != DemoPath.Draft) await WalkAsync(write, c, spec, today.AddDays(-spec.FiledDaysAgo), calendar, ct);
            MarkAlerts(c, today, soon);
            await write.SaveAsync(audited: null, ct);
        }
        db.ChangeTracker.Clear();
    }

    private static async Task<ComplaintCase> CreateAsync(ArrearsDbContext db, CaseWrite write, DemoCase spec, DateOnly anchor, CancellationToken ct)
    {
        var who = DemoCases.Complainants[spec.Complainant];
        var debtor = DemoCases.Respondents[spec.Respondent];
        var filed = anchor.AddDays(-spec.FiledDaysAgo);
        var received = Math.Round(spec.OwedYuan * 0.25m / 1000m) * 1000m;
        var c = new ComplaintCase
        {
            Status = ComplaintStatus.Draft, Version = 1, CreatedAt = At(filed.AddDays(-1)),
            ComplainantUscc = who.Uscc, ComplainantName = who.Name, ComplainantRegion = who.Region, ContactName = who.Contact, ContactPhone = who.Phone,
            WithholdIdentity = spec.Respondent == 0,
            RespondentName = debtor.Name, RespondentUscc = debtor.Uscc.Length == 17 ? Uscc.FromBody(debtor.Uscc).Value : debtor.Uscc,
            RespondentType = debtor.Type, RespondentRegion = debtor.Region, RespondentIsCentral = debtor.Central,
            AmountOwedYuan = spec.OwedYuan, PaymentsReceivedYuan = received, Description = spec.Description,
            PriorProceedings = spec.Path == DemoPath.Rejected && spec.Description.Contains("仲裁", StringComparison.Ordinal) ? PriorProceedings.Arbitration : PriorProceedings.None,
        };
        c.Contracts.Add(new ComplaintContract
        {
            Number = spec.Contract, SignedOn = filed.AddDays(-220), AmountYuan = spec.OwedYuan + received,
            DeliveredOn = filed.AddDays(-150), AcceptedOn = filed.AddDays(-140), AgreedTermDays = 60,
        });
        c.Events.Add(new CaseEvent { At = c.CreatedAt, ActorId = Enterprise, ActorRole = Roles.Enterprise, Action = "draft.created" });
        db.Cases.Add(c);
        await write.SaveAsync(audited: null, ct); // the case number needs the id
        return c;
    }

    private static async Task WalkAsync(CaseWrite write, ComplaintCase c, DemoCase spec, DateOnly filed, WorkCalendar calendar, CancellationToken ct)
    {
        var who = DemoCases.Complainants[spec.Complainant];
        c.ComplainantSize = who.Size;
        c.SizeCheckRuleSet = "nbs-2017";
        c.SizeCheckExplanation = SizeExplanation;
        var submit = Act(Enterprise, Roles.Enterprise, filed);
        ComplaintTransitions.Submit(c, submit, c.RespondentIsCentral ? RegionCode.National.Value : RegionCode.Parse(c.RespondentRegion).Province.Value, [], calendar);
        c.Number = FormattableString.Invariant($"TS{submit.Today.Year}{c.Id:D7}");
        switch (spec.Path)
        {
            case DemoPath.Submitted: return;
            case DemoPath.Withdrawn: ComplaintTransitions.Withdraw(c, Act(Enterprise, Roles.Enterprise, filed.AddDays(4)), "已与被投诉人达成和解，撤回投诉"); return;
            case DemoPath.Returned: ComplaintTransitions.Return(c, Act(Reviewer, Roles.Official, filed.AddDays(3)), "请补充验收单和对账确认书"); return;
            case DemoPath.Rejected:
                var reason = c.PriorProceedings == PriorProceedings.Arbitration ? RejectionReason.AlreadyBeforeOtherBody : RejectionReason.NotProcurementDebt;
                ComplaintTransitions.Reject(c, Act(Reviewer, Roles.Official, filed.AddDays(6)), reason, "经审查不符合受理条件");
                return;
        }
        ComplaintTransitions.Accept(c, Act(Reviewer, Roles.Official, filed.AddDays(5)), "材料齐全，予以受理", calendar);
        if (spec.Path == DemoPath.Accepted) return;

        var route = RoutingRuleSet.Default.Route(c.RespondentType, c.RespondentIsCentral, RegionCode.Parse(c.RespondentRegion));
        ComplaintTransitions.Forward(c, Act(Reviewer, Roles.Official, filed.AddDays(8)), route, "请依法处理", calendar);
        ComplaintTransitions.RecordStep(c, Act(Officer, Roles.Official, filed.AddDays(12)), HandlingStepKind.ContactWithRespondent, "已电话联系被投诉人核实欠款情况");
        var extended = spec.Path is DemoPath.HandlingExtended or DemoPath.ClosedPlan;
        if (extended)
        {
            ComplaintTransitions.RecordStep(c, Act(Officer, Roles.Official, filed.AddDays(20)), HandlingStepKind.SupervisionNotice, "发出督办书，限期反馈");
            var request = ComplaintTransitions.RequestExtension(c, Act(Officer, Roles.Official, filed.AddDays(30)), 30, "涉及多份合同，需核对结算");
            await write.SaveAsync(audited: null, ct); // the approval names the request by id
            ComplaintTransitions.DecideExtension(c, Act(Head, Roles.Official, filed.AddDays(31)), request.Id, approve: true, "同意延长30日", calendar);
        }
        if (spec.Path is DemoPath.Handling or DemoPath.HandlingExtended) return;

        var resolvedOn = filed.AddDays(extended ? 55 : 20 + spec.FiledDaysAgo % 15);
        var officer = Act(Officer, Roles.Official, resolvedOn);
        var owed = c.AmountOwedYuan;
        switch (spec.Path)
        {
            case DemoPath.ResolvedPaid or DemoPath.ClosedPaid:
                ComplaintTransitions.Resolve(c, officer, ComplaintOutcome.PaidInFull, null, [], "被投诉人已全额支付"); break;
            case DemoPath.ClosedPartly:
                ComplaintTransitions.Resolve(c, officer, ComplaintOutcome.PartlyPaid, Math.Round(owed * 0.6m, 2), [], "被投诉人已支付部分款项，余款双方另行协商"); break;
            case DemoPath.ResolvedPlan or DemoPath.ClosedPlan:
                var half = Math.Round(owed / 2, 2);
                ComplaintTransitions.Resolve(c, officer, ComplaintOutcome.PaymentPlan, 0m,
                    [(resolvedOn.AddDays(30), half), (resolvedOn.AddDays(60), owed - half)], "双方达成分期还款计划"); break;
            case DemoPath.ClosedNotSubstantiated:
                ComplaintTransitions.Resolve(c, officer, ComplaintOutcome.NotSubstantiated, null, [], "经核实，项目尚未验收，付款条件未成就"); break;
            default:
                ComplaintTransitions.Resolve(c, officer, ComplaintOutcome.ReferredToCourt, null, [], "双方对质量存在争议，建议通过诉讼解决"); break;
        }
        if (spec.Path is DemoPath.ResolvedPaid or DemoPath.ResolvedPlan) return;
        ComplaintTransitions.Confirm(c, Act(Enterprise, Roles.Enterprise, resolvedOn.AddDays(4)), "确认处理结果");
        if (spec.Path == DemoPath.ClosedPlan)
            ComplaintTransitions.RecordPlanPayment(c, Act(Officer, Roles.Official, resolvedOn.AddDays(30)), 1, resolvedOn.AddDays(30), c.Installments[0].AmountYuan);
    }

    /// <summary>Marks running clocks as the sweep would, so its first run finds nothing new and sends no digest about demo data.</summary>
    private static void MarkAlerts(ComplaintCase c, DateOnly today, DateOnly soon)
    {
        foreach (var d in c.Deadlines.Where(d => d.IsRunning))
            d.Alert = d.DueOn < today ? DeadlineAlert.Overdue : d.DueOn <= soon ? DeadlineAlert.DueSoon : DeadlineAlert.None;
    }

    private static CaseActor Act(string user, string role, DateOnly on) => new(user, role, At(on));

    private static DateTimeOffset At(DateOnly on) => new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), China).ToUniversalTime();
}
