namespace Yiwang.Arrears.Contracts;

/// <summary>The demo respondent (a large enterprise in 杭州市西湖区) that the demo respondent account is bound to.</summary>
public static class DemoComplaints
{
    public const string RespondentUscc = "91330106MA2HDXG7JB";
    public const string RespondentName = "浙江华东重工集团有限公司";
}
