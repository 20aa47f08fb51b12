using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Facts;

/// <summary>Rejects figures no enterprise can have; field names are the JSON names under <c>facts</c>.</summary>
internal static class FactsValidator
{
    public static Dictionary<string, Bilingual> Validate(EnterpriseFacts f)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        void Fail(string field, string zh, string en) => errors.TryAdd(field, new(zh, en));
        void NotNegative(string field, decimal? value)
        {
            if (value < 0) Fail(field, "不能为负数", "must not be negative");
        }

        NotNegative("yearsInNicheMarket", f.YearsInNicheMarket);
        NotNegative("revenueLastYearTenThousandYuan", f.RevenueLastYearTenThousandYuan);
        NotNegative("revenuePreviousYearTenThousandYuan", f.RevenuePreviousYearTenThousandYuan);
        NotNegative("mainBusinessRevenueLastYearTenThousandYuan", f.MainBusinessRevenueLastYearTenThousandYuan);
        NotNegative("mainBusinessRevenuePreviousYearTenThousandYuan", f.MainBusinessRevenuePreviousYearTenThousandYuan);
        NotNegative("mainBusinessRevenueThreeYearsAgoTenThousandYuan", f.MainBusinessRevenueThreeYearsAgoTenThousandYuan);
        NotNegative("rdExpenseLastYearTenThousandYuan", f.RdExpenseLastYearTenThousandYuan);
        NotNegative("rdExpensePreviousYearTenThousandYuan", f.RdExpensePreviousYearTenThousandYuan);
        NotNegative("debtToAssetRatioPercent", f.DebtToAssetRatioPercent);
        NotNegative("equityFinancingLastTwoYearsTenThousandYuan", f.EquityFinancingLastTwoYearsTenThousandYuan);
        NotNegative("equityFinancingLastThreeYearsTenThousandYuan", f.EquityFinancingLastThreeYearsTenThousandYuan);
        NotNegative("employees", f.Employees);
        NotNegative("rdStaff", f.RdStaff);
        NotNegative("highValueClassIIpCount", f.HighValueClassIIpCount);
        NotNegative("selfDevelopedClassIIpCount", f.SelfDevelopedClassIIpCount);
        NotNegative("classIIpCount", f.ClassIIpCount);
        NotNegative("classIIIpCount", f.ClassIIIpCount);
        NotNegative("classIIpInUseCount", f.ClassIIpInUseCount);
        NotNegative("revenueThreeYearsAgoTenThousandYuan", f.RevenueThreeYearsAgoTenThousandYuan);
        if (f.MarketSharePercent is < 0 or > 100) Fail("marketSharePercent", "应在 0–100% 之间", "must be between 0 and 100");
        if (f.DomesticMarketRank < 1) Fail("domesticMarketRank", "排名从 1 开始", "ranks start at 1");
        if (f.LocalFeaturePoints is < 0 or > 15) Fail("localFeaturePoints", "应在 0–15 分之间", "must be between 0 and 15");
        if (f.DevelopmentEvaluationScore is < 0 or > 100) Fail("developmentEvaluationScore", "应在 0–100 分之间", "must be between 0 and 100");
        if (f.DigitalLevel is < 1 or > 4) Fail("digitalLevel", "应为 1–4 级", "must be a level from 1 to 4");
        if (f.ProvincialScienceAwardBestRank < 1) Fail("provincialScienceAwardBestRank", "排名从 1 开始", "ranks start at 1");
        if (f.NationalScienceAwardBestRank < 1) Fail("nationalScienceAwardBestRank", "排名从 1 开始", "ranks start at 1");
        if (f.MainProductField is { } field && !Enum.IsDefined(field)) Fail("mainProductField", "不是有效的领域", "is not a valid field");
        if (f.RdInstitutionLevel is { } level && !Enum.IsDefined(level)) Fail("rdInstitutionLevel", "不是有效的级别", "is not a valid level");
        if (f.RdStaff > f.Employees) Fail("rdStaff", "研发人员不能多于职工总数", "cannot exceed employees");
        if (f.MainBusinessRevenueLastYearTenThousandYuan > f.RevenueLastYearTenThousandYuan)
        {
            Fail("mainBusinessRevenueLastYearTenThousandYuan", "主营业务收入不能高于营业收入", "cannot exceed revenue");
        }

        if (f.RdExpenseLastYearTenThousandYuan > 0 && f.RevenueLastYearTenThousandYuan == 0)
        {
            Fail("revenueLastYearTenThousandYuan", "有研发费用时营业收入不能为 0", "cannot be 0 when there is R&D expense");
        }

        if (f.HighValueClassIIpCount > f.ClassIIpCount || f.SelfDevelopedClassIIpCount > f.ClassIIpCount)
        {
            Fail("classIIpCount", "应包含高价值和自主研发的Ⅰ类知识产权", "must include the high-value and self-developed Class I IP");
        }

        return errors;
    }
}
