using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;
using Yiwang.Reviews.Tests.Infrastructure;

namespace Yiwang.Reviews.Tests.Filings;

/// <summary>Every action at each level, by the right party and by the wrong ones, on the toy chain in a real (SQLite) database.</summary>
public sealed class StepTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = new(2026, 6, 8);
    private ReviewServices services = null!;

    public async ValueTask InitializeAsync() => services = await ReviewServices.CreateAsync(Monday);

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private Task<CommandResult<Filing>> Submit(CallerScope caller, string category = "standard") =>
        services.RunAsync(f => f.SubmitAsync(Toy.Chain, Toy.NewFiling(category), caller, CancellationToken.None));

    private Task<CommandResult<Filing>> Act(long id, CallerScope caller, string from, string action, string? reason = null, int? version = null, FilingEvaluation? evaluation = null) =>
        services.RunAsync(f => f.ActAsync(Toy.Chain, id, new ReviewRequest(from, action, reason, version, evaluation), caller, CancellationToken.None));

    private async Task<Filing> SubmittedAsync(string category = "standard") => (await Submit(Toy.Applicant, category)).Value!;

    private async Task<Filing> GrantedAsync()
    {
        var f = await SubmittedAsync();
        Assert.True((await Act(f.Id, Toy.County, "county", "recommend")).Succeeded);
        return (await Act(f.Id, Toy.CityHead, "city", "approve")).Value!;
    }

    [Fact]
    public async Task Only_the_applicant_submits_once_per_category_and_the_county_is_told()
    {
        var filed = await Submit(Toy.Applicant);
        Assert.True(filed.Succeeded);
        var f = filed.Value!;
        Assert.Equal(("county", 1), (f.State, f.Version));
        Assert.Equal("toy-rules-1", f.RuleSetId);
        Assert.True(f.Eligible);
        Assert.StartsWith("初审期限至 2026-06-15", filed.Message!.Value.Zh, StringComparison.Ordinal);

        Assert.Equal(CommandStatus.Forbidden, (await Submit(Toy.County)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await Submit(Toy.Admin)).Status);
        var again = await Submit(Toy.Applicant);
        Assert.Equal(CommandStatus.Conflict, again.Status);
        Assert.Contains($"编号 {f.Id}", again.Message!.Value.Zh, StringComparison.Ordinal);
        Assert.True((await Submit(Toy.Applicant, "other")).Succeeded);

        var notice = Assert.Single(services.Notices.Sent, n => n.Message.Reference == $"filing/{f.Id}");
        Assert.Equal(("toy.submitted", "/toy/" + f.Id), (notice.Message.Kind, notice.Message.Link));
        Assert.Equal(["330106"], notice.To.OfficialRegions);
    }

    [Fact]
    public async Task The_county_recommends_not_the_city_the_province_the_applicant_or_another_county()
    {
        var f = await SubmittedAsync();
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.City, "county", "recommend")).Status);
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.Province, "county", "recommend")).Status);
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.Applicant, "county", "recommend")).Status);
        Assert.Equal(CommandStatus.NotFound, (await Act(f.Id, Toy.OtherCounty, "county", "recommend")).Status);
        Assert.Equal(CommandStatus.NotFound, (await Act(f.Id, Toy.OtherEnterprise, "county", "recommend")).Status);

        var recommended = await Act(f.Id, Toy.County, "county", "recommend");
        Assert.Equal(("city", 2), (recommended.Value!.State, recommended.Value.Version));
        Assert.Contains(services.Notices.Sent, n => n.Message.Kind == "toy.recommended" && n.To.OfficialRegions.SequenceEqual(["330100"]));
    }

    [Fact]
    public async Task Only_the_city_department_head_approves_and_the_grant_is_valid_three_years()
    {
        var f = await SubmittedAsync();
        await Act(f.Id, Toy.County, "county", "recommend");
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.City, "city", "approve")).Status);
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.County, "city", "approve")).Status);

        var approved = (await Act(f.Id, Toy.CityHead, "city", "approve")).Value!;
        Assert.Equal("granted", approved.State);
        Assert.Equal((Monday, new DateOnly(2029, 6, 7), new DateOnly(2029, 3, 9)), (approved.ValidFrom!.Value, approved.ValidUntil!.Value, approved.RecheckFrom!.Value));
        Assert.Null(approved.StageDueOn);
        Assert.Contains(services.Notices.Sent, n => n.Message.Kind == "toy.approved" && n.To.EnterpriseUsccs.SequenceEqual([Toy.Uscc]));
        var published = await services.QueryAsync(q => q.PublishedAsync(Toy.Chain, null, "3301", CancellationToken.None));
        Assert.Contains(published, p => p.Id == f.Id && p.RuleSetId == "toy-rules-1");
    }

    [Fact]
    public async Task Return_and_reject_need_a_reason_and_the_applicant_resubmits_with_a_new_evaluation()
    {
        var f = await SubmittedAsync();
        var noReason = await Act(f.Id, Toy.County, "county", "return", "  ");
        Assert.Equal(CommandStatus.Invalid, noReason.Status);
        Assert.True(noReason.Errors.Has("reason"));
        Assert.Equal(CommandStatus.Invalid, (await Act(f.Id, Toy.County, "county", "reject")).Status);
        Assert.Equal(CommandStatus.Invalid, (await Act(f.Id, Toy.County, "county", "return", new string('理', 501))).Status);

        var returned = (await Act(f.Id, Toy.County, "county", "return", "请补充材料")).Value!;
        Assert.Equal("returned", returned.State);
        Assert.Equal("请补充材料", returned.Events.Last().Reason);
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.County, "returned", "submit")).Status);
        var resubmitted = (await Act(f.Id, Toy.Applicant, "returned", "submit", evaluation: Toy.Evaluation(met: false))).Value!;
        Assert.Equal(("county", "resubmitted", false), (resubmitted.State, resubmitted.Events.Last().Action, resubmitted.Eligible));
        Assert.Equal("研发投入不足", Assert.Single(FilingEvaluation.GapsOf(resubmitted)).Zh);

        var rejected = (await Act(f.Id, Toy.County, "county", "reject", "不符合条件")).Value!;
        Assert.Equal("rejected", rejected.State);
        Assert.True((await Submit(Toy.Applicant)).Succeeded); // closed: a new filing may be made
    }

    [Fact]
    public async Task An_action_the_state_does_not_offer_is_400_and_a_step_of_another_state_is_409()
    {
        var f = await SubmittedAsync();
        var unknown = await Act(f.Id, Toy.County, "county", "approve");
        Assert.Equal(CommandStatus.Invalid, unknown.Status);
        Assert.Equal("must be recommend, return, reject", unknown.Errors.For("decision").Single().En);
        var early = await Act(f.Id, Toy.CityHead, "city", "approve");
        Assert.Equal(CommandStatus.Conflict, early.Status);
        Assert.Equal("Not with the city", early.Message!.Value.En);
    }

    [Fact]
    public async Task A_stale_version_is_409_with_the_current_state_and_nothing_is_saved()
    {
        var f = await SubmittedAsync();
        await Act(f.Id, Toy.County, "county", "recommend", version: 1);
        var audited = services.Audit.Events.Count;

        var stale = await Act(f.Id, Toy.County, "county", "reject", "迟到的决定", version: 1);
        Assert.Equal(CommandStatus.Conflict, stale.Status);
        Assert.Contains("当前状态：待市级负责人批准", stale.Message!.Value.Zh, StringComparison.Ordinal);
        Assert.Contains("not saved", stale.Message.Value.En, StringComparison.Ordinal);
        var now = await services.RunAsync(r => r.FindAsync(Toy.Chain, f.Id, Toy.Admin, CancellationToken.None));
        Assert.Equal(("city", 2, 2), (now!.State, now.Version, now.Events.Count));
        Assert.Equal(audited, services.Audit.Events.Count);
    }

    [Fact]
    public async Task Two_decisions_at_once_one_wins_the_other_is_409_and_one_event_is_kept()
    {
        for (var round = 0; round < 3; round++)
        {
            var f = await SubmittedAsync(category: $"race-{round}");
            var results = await Task.WhenAll(
                Task.Run(() => Act(f.Id, Toy.County, "county", "recommend", version: 1)),
                Task.Run(() => Act(f.Id, Toy.County, "county", "reject", "不符合", version: 1)));
            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => r.Status == CommandStatus.Conflict);
            var now = await services.RunAsync(r => r.FindAsync(Toy.Chain, f.Id, Toy.Admin, CancellationToken.None));
            Assert.Equal(2, now!.Version);
            Assert.Single(now.Events, e => e.Action is "recommended" or "rejected");
        }
    }

    [Fact]
    public async Task Each_step_is_audited_with_the_chain_verb_subject_and_state()
    {
        var f = await GrantedAsync();
        var mine = services.Audit.Events.Where(e => e.Subject == $"filing/{f.Id} {Toy.Uscc} standard").ToList();
        Assert.Equal(["toy.filing.submitted", "toy.filing.recommended", "toy.filing.approved"], mine.Select(e => e.Action));
        Assert.Equal(["applicant", "county", "city-head"], mine.Select(e => e.ActorId));
        Assert.Equal("state=granted;version=3", mine[^1].Details);
    }

    [Fact]
    public async Task The_province_revokes_with_a_reason_and_the_grant_leaves_the_published_list()
    {
        var f = await GrantedAsync();
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.CityHead, "granted", "revoke", "x")).Status);
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.Applicant, "granted", "revoke", "x")).Status);
        Assert.Equal(CommandStatus.Invalid, (await Act(f.Id, Toy.Province, "granted", "revoke", "")).Status);
        var revoked = (await Act(f.Id, Toy.Province, "granted", "revoke", "弄虚作假")).Value!;
        Assert.Equal(("revoked", "弄虚作假"), (revoked.State, revoked.RevocationReason));
        Assert.DoesNotContain(await services.QueryAsync(q => q.PublishedAsync(Toy.Chain, null, null, CancellationToken.None)), p => p.Id == f.Id);
        Assert.Equal(CommandStatus.Conflict, (await Act(f.Id, Toy.Province, "granted", "revoke", "再次")).Status);
    }

    [Fact]
    public async Task The_applicant_updates_a_valid_grant_and_a_failing_update_tells_the_province()
    {
        var f = await GrantedAsync();
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.County, "granted", "update", evaluation: Toy.Evaluation())).Status);
        var met = (await Act(f.Id, Toy.Applicant, "granted", "update", evaluation: Toy.Evaluation())).Value!;
        Assert.Equal(("granted", true, Monday), (met.State, met.LastUpdateMet!.Value, met.LastUpdateOn!.Value));
        Assert.DoesNotContain(services.Notices.Sent, n => n.Message.Kind == "toy.updated");

        Assert.True((await Act(f.Id, Toy.Applicant, "granted", "update", evaluation: Toy.Evaluation(met: false))).Succeeded);
        var told = Assert.Single(services.Notices.Sent, n => n.Message.Kind == "toy.updated");
        Assert.Equal(["330000"], told.To.OfficialRegions);

        services.MoveTo(new DateOnly(2029, 6, 8));
        var late = await Act(f.Id, Toy.Applicant, "granted", "update", evaluation: Toy.Evaluation());
        Assert.Equal(CommandStatus.Conflict, late.Status);
        Assert.Empty(await services.QueryAsync(q => q.PublishedAsync(Toy.Chain, null, null, CancellationToken.None)));
    }

    [Fact]
    public async Task Renewal_opens_at_the_recheck_date_and_continues_the_validity_from_its_end()
    {
        var f = await GrantedAsync();
        Assert.Equal(CommandStatus.Conflict, (await Act(f.Id, Toy.Province, "granted", "renew")).Status);
        services.MoveTo(new DateOnly(2029, 3, 9));
        Assert.Equal(CommandStatus.Forbidden, (await Act(f.Id, Toy.County, "granted", "renew")).Status);
        var renewed = (await Act(f.Id, Toy.Province, "granted", "renew")).Value!;
        Assert.Equal((new DateOnly(2032, 6, 7), new DateOnly(2032, 3, 9), new DateOnly(2029, 3, 9)), (renewed.ValidUntil!.Value, renewed.RecheckFrom!.Value, renewed.RenewedOn!.Value));
        Assert.Equal(Monday, renewed.ValidFrom);

        services.MoveTo(new DateOnly(2029, 6, 8)); // past the first end: still valid, still published
        Assert.Contains(await services.QueryAsync(q => q.PublishedAsync(Toy.Chain, null, null, CancellationToken.None)), p => p.Id == f.Id);
    }

    [Fact]
    public async Task The_awaiting_me_queue_is_the_states_where_the_callers_level_reviews()
    {
        Assert.Equal(["county"], ReviewQueries.AwaitingStates(Toy.Chain, Toy.County));
        Assert.Equal(["city"], ReviewQueries.AwaitingStates(Toy.Chain, Toy.CityHead));
        Assert.Empty(ReviewQueries.AwaitingStates(Toy.Chain, Toy.City));
        Assert.Empty(ReviewQueries.AwaitingStates(Toy.Chain, Toy.Province)); // the province acts on grants only
        Assert.Empty(ReviewQueries.AwaitingStates(Toy.Chain, Toy.Applicant));
        var f = await SubmittedAsync();
        var visible = await services.QueryAsync(q => Task.FromResult(q.Visible(Toy.Chain, Toy.OtherCounty).Any(x => x.Id == f.Id)));
        Assert.False(visible);
    }
}
