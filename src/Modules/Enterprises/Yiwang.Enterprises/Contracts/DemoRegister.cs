namespace Yiwang.Enterprises.Contracts;

/// <summary>The demo enterprise that the demo enterprise account is bound to (杭州市西湖区, manufacturing).</summary>
public static class DemoRegister
{
    public const string EnterpriseUscc = "91330106MA27XW1K3Y";
}
