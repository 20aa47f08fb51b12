using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Accounts the demo seed does not have, made for the tests that try forbidden access: another enterprise, another
/// respondent, a county official elsewhere in Zhejiang and a provincial official of another province.
/// </summary>
internal static class ExtraAccounts
{
    public const string OtherEnterprise = "other.enterprise@yiwang.test";
    public const string OtherRespondent = "other.respondent@yiwang.test";
    public const string OfficialShangcheng = "official.shangcheng@yiwang.test";
    public const string OfficialJiangsu = "official.js@yiwang.test";

    public static readonly string OtherEnterpriseUscc = Uscc.FromBody("91330102MA2B7K3Q0").Value;
    public static readonly string OtherRespondentUscc = Uscc.FromBody("91330102MA2C8L4R1").Value;

    public static Task EnsureAsync(YiwangApp app) => IdentityAccounts.EnsureAsync(app,
        (OtherEnterprise, Roles.Enterprise, null, OtherEnterpriseUscc),
        (OtherRespondent, Roles.Respondent, null, OtherRespondentUscc),
        (OfficialShangcheng, Roles.Official, "330102", null),
        (OfficialJiangsu, Roles.Official, "320000", null));
}
