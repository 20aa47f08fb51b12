using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Yiwang.E2E.Crawl;

/// <summary>
/// The page route a URL belongs to (from the app's own @page templates), so the crawl opens each route twice at most
/// whatever its ids: /complaints/42 and /complaints/43 are both /complaints/{Id:long}; ?page=2 and ?page=3 are both ?page.
/// </summary>
internal static partial class RoutePattern
{
    private static readonly Lazy<List<(string Template, Regex Match)>> Templates = new(LoadTemplates);

    public static string Of(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        if (path.Length == 0) path = "/";
        var template = Templates.Value.FirstOrDefault(t => t.Match.IsMatch(path)).Template ?? path;
        var keys = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')[0]).Where(k => k.Length > 0).Order(StringComparer.Ordinal);
        var query = string.Join('&', keys);
        return template + (query.Length > 0 ? "?" + query : string.Empty);
    }

    /// <summary>Every routable component of the host and its modules; literal routes are tried before parameterised ones.</summary>
    private static List<(string Template, Regex Match)> LoadTemplates()
    {
        var assemblies = new[] { typeof(Program).Assembly }
            .Concat(typeof(Program).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Yiwang.", StringComparison.Ordinal)).Select(Assembly.Load));
        return assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(t => t.Contains('{', StringComparison.Ordinal))
            .Select(t => (t, new Regex("^" + Parameter().Replace(Regex.Escape(t).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$", RegexOptions.IgnoreCase)))
            .ToList();
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Parameter();
}
