namespace Yiwang.Enterprises;

public static class EnterprisesModule
{
}
