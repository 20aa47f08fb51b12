using FsCheck.Xunit;
using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class ScoreProperties
{
    [Property]
    public bool Total_stays_within_the_table_and_adds_up(ushort revenue, ushort rd, byte debt, byte years, byte staff)
    {
        var facts = Eval.Strong with
        {
            RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue / 2m,
            RdExpenseLastYearTenThousandYuan = rd, DebtToAssetRatioPercent = debt, YearsInNicheMarket = years, Employees = 255, RdStaff = staff,
        };
        var score = Eval.Run(Eval.Rules2022, "specialized", facts).Score!;
        return score.Total >= 0 && score.Total <= 100
            && score.Total == score.Indicators.Sum(i => i.Points)
            && score.Indicators.All(i => i.Points <= i.MaxPoints);
    }

    [Property]
    public bool More_rd_never_scores_less(ushort rd, byte extra)
    {
        decimal Score(decimal amount) => Eval.Points(Eval.Rules2022, "specialized", "S11", Eval.Strong with { RdExpenseLastYearTenThousandYuan = amount });
        return Score(rd + extra) >= Score(rd);
    }

    [Property]
    public bool An_eligible_result_has_no_gaps(byte years, ushort revenue, byte score)
    {
        var facts = Eval.Strong with { YearsInNicheMarket = years, RevenueLastYearTenThousandYuan = revenue + 4500m, DevelopmentEvaluationScore = Math.Min(score, (byte)100) };
        var result = Eval.Run(Eval.Rules2026, "specialized", facts);
        return result.Eligible == (result.Gaps.Count == 0);
    }
}
