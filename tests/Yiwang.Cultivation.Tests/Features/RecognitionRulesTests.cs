using Yiwang.Cultivation.Features.Recognition;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Tests.Features;

/// <summary>Who may see and decide (the recognition chain's data, run by Yiwang.Reviews), and the validity arithmetic, without a database.</summary>
public sealed class RecognitionRulesTests
{
    private static readonly ReviewChain Chain = RecognitionChain.Current;

    private static CallerScope Official(string region) => new(Roles.Official, null, RegionCode.Parse(region), "u");

    private static Filing App(string tier = "specialized", string region = "330106") =>
        new() { Id = 1, ApplicantUscc = "91330106MA27XW1K3Y", Category = tier, RegionCode = region, RuleSetId = "miit-2026-2", State = RecognitionChain.Recognised };

    /// <summary>Whether the caller may take <paramref name="action"/> in <paramref name="state"/> on this application.</summary>
    private static bool MayTake(CallerScope caller, string state, string action, Filing app) =>
        Chain.State(state).StepsFor(app.Category).Any(s => ReviewFilings.Word(s.Action) == action && s.Actor.Admits(caller, app.ApplicantUscc, app.RegionCode));

    private static bool DecidesLocally(CallerScope caller) => MayTake(caller, RecognitionChain.Submitted, "recommend", App());

    private static bool DecidesProvincially(CallerScope caller) => MayTake(caller, RecognitionChain.LocallyRecommended, "approve", App());

    private static bool DecidesNationally(CallerScope caller) => MayTake(caller, RecognitionChain.NationallyNominated, "approve", App("littleGiant"));

    [Theory]
    [InlineData("330106", true)]
    [InlineData("330100", true)]
    [InlineData("330000", true)]
    [InlineData("000000", true)]
    [InlineData("330102", false)]
    [InlineData("320000", false)]
    public void Officials_see_applications_inside_their_jurisdiction(string jurisdiction, bool sees) =>
        Assert.Equal(sees, FilingAccess.CanSee(Official(jurisdiction), App()));

    [Fact]
    public void An_enterprise_sees_only_its_own_and_an_anonymous_caller_nothing()
    {
        Assert.True(FilingAccess.CanSee(new CallerScope(Roles.Enterprise, Uscc.Parse("91330106MA27XW1K3Y"), null, "e"), App()));
        Assert.False(FilingAccess.CanSee(new CallerScope(Roles.Enterprise, Uscc.FromBody("91330106MA2CULT01"), null, "e"), App()));
        Assert.False(FilingAccess.CanSee(CallerScope.Anonymous, App()));
    }

    [Theory]
    [InlineData("330106", true, false, false)]
    [InlineData("330100", true, false, false)]
    [InlineData("330000", false, true, false)]
    [InlineData("000000", false, false, true)]
    public void Each_level_decides_only_its_own_step(string jurisdiction, bool local, bool provincial, bool national)
    {
        var caller = Official(jurisdiction);
        Assert.Equal(local, DecidesLocally(caller));
        Assert.Equal(provincial, DecidesProvincially(caller));
        Assert.Equal(national, DecidesNationally(caller));
        Assert.Equal(national, MayTake(caller, RecognitionChain.Recognised, "revoke", App("littleGiant")));
        Assert.Equal(provincial, MayTake(caller, RecognitionChain.Recognised, "revoke", App("specialized")));
    }

    [Fact]
    public void An_admin_sees_everything_but_decides_nothing()
    {
        var admin = new CallerScope(Roles.Admin, null, null, "a");
        Assert.True(FilingAccess.CanSee(admin, App()));
        Assert.False(DecidesLocally(admin));
        Assert.False(DecidesProvincially(admin));
        Assert.False(DecidesNationally(admin));
        Assert.All(Chain.States, state => Assert.False(state.Admits(admin, "specialized", App().ApplicantUscc, "330106") || state.Admits(admin, "littleGiant", App().ApplicantUscc, "330106")));
    }

    [Fact]
    public void Validity_is_three_years_last_day_included_then_expired()
    {
        var app = App();
        FilingSteps.Grant(Chain, app, new DateOnly(2026, 6, 15));
        Assert.Equal(new DateOnly(2029, 6, 14), app.ValidUntil);
        Assert.Equal("recognised", ApplicationDto.StatusId(app, new DateOnly(2029, 6, 14)));
        Assert.Equal("expired", ApplicationDto.StatusId(app, new DateOnly(2029, 6, 15)));
    }

    [Fact]
    public void The_annual_update_falls_due_by_31_May_from_the_first_year_after_recognition()
    {
        var app = App();
        FilingSteps.Grant(Chain, app, new DateOnly(2026, 6, 15));
        Assert.Null(ApplicationDto.From(app, new DateOnly(2026, 12, 31)).AnnualUpdateDue);
        Assert.Equal(new DateOnly(2027, 5, 31), ApplicationDto.From(app, new DateOnly(2027, 1, 2)).AnnualUpdateDue);
        app.LastUpdateOn = new DateOnly(2027, 4, 1);
        Assert.Null(ApplicationDto.From(app, new DateOnly(2027, 6, 1)).AnnualUpdateDue);
        Assert.Equal(new DateOnly(2028, 5, 31), ApplicationDto.From(app, new DateOnly(2028, 2, 1)).AnnualUpdateDue);
    }

    [Theory]
    [InlineData(null, true, false)]
    [InlineData("  ", true, false)]
    [InlineData(null, false, true)]
    [InlineData("材料不全", true, true)]
    public void Return_reject_and_revoke_need_a_reason(string? reason, bool required, bool ok) =>
        Assert.Equal(ok, ReviewFilings.CheckReason(reason, required) is null);

    [Fact]
    public void A_reason_longer_than_500_characters_is_refused() =>
        Assert.NotNull(ReviewFilings.CheckReason(new string('理', 501), required: true));
}
