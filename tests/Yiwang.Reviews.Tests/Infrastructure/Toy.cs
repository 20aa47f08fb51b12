using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Reviews.Chains;
using Yiwang.Reviews.Filings;
using Yiwang.Rules.Evaluation;

namespace Yiwang.Reviews.Tests.Infrastructure;

/// <summary>The toy chain (county → city head → granted; the province revokes and renews) and the parties that act on it.</summary>
internal static class Toy
{
    public const string Uscc = "91330106MA27XW1K3Y";
    public const string Region = "330106";

    public static string Json { get; } = Read();

    public static ReviewChain Chain { get; } = ReviewChainLoader.LoadText(Json, "toy-chain.json");

    public static CallerScope Applicant { get; } = new(Roles.Enterprise, Kernel.Codes.Uscc.Parse(Uscc), null, "applicant");

    public static CallerScope OtherEnterprise { get; } = new(Roles.Enterprise, Kernel.Codes.Uscc.FromBody("91330106MA2CULT01"), null, "other");

    public static CallerScope County { get; } = Official("330106", "county");

    public static CallerScope OtherCounty { get; } = Official("330102", "other-county");

    public static CallerScope City { get; } = Official("330100", "city");

    public static CallerScope CityHead { get; } = Official("330100", "city-head") with { IsDepartmentHead = true };

    public static CallerScope Province { get; } = Official("330000", "province");

    public static CallerScope Admin { get; } = new(Roles.Admin, null, null, "admin");

    public static CallerScope Official(string region, string id) => new(Roles.Official, null, RegionCode.Parse(region), id);

    public static FilingEvaluation Evaluation(bool met = true) =>
        new("toy-rules-1", met ? Outcome.Met : Outcome.NotMet, met ? 80 : 40, new Bilingual(met ? "符合" : "不符合", met ? "Meets" : "Does not meet"),
            met ? [] : [new Bilingual("研发投入不足", "R&D spending too low")], "{\"RdStaff\":30}");

    public static NewFiling NewFiling(string category = "standard") => new(category, "杭州示例有限公司", Region, Evaluation());

    private static string Read()
    {
        using var stream = typeof(Toy).Assembly.GetManifestResourceStream("toy-chain.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
