namespace Yiwang.Kernel.Web.Navigation;

public static class NavPaths
{
    /// <summary>"/complaints" is current on "/complaints" and "/complaints/42", not on "/complaints-x"; "/" only on "/".</summary>
    public static bool Matches(string href, string path)
    {
        var target = href.Split('?')[0].TrimEnd('/');
        var current = path.Split('?')[0].TrimEnd('/');
        if (target.Length == 0) return current.Length == 0;
        return current.Equals(target, StringComparison.OrdinalIgnoreCase)
               || current.StartsWith(target + "/", StringComparison.OrdinalIgnoreCase);
    }
}
