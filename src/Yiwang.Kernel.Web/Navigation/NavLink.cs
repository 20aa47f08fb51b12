using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web.Navigation;

/// <summary>
/// One entry of the site navigation, shown only to the callers who may open it: the same rule as the page's own
/// authorization, so the menu never leads anyone to 无权访问.
/// </summary>
public sealed record NavLink(Bilingual Text, string Href, Func<CallerScope, bool> Visible)
{
    public static Func<CallerScope, bool> Everyone { get; } = _ => true;

    public static Func<CallerScope, bool> SignedIn { get; } = c => c.Role != Roles.Anonymous;

    public static Func<CallerScope, bool> Only(params string[] roles) => c => roles.Contains(c.Role, StringComparer.Ordinal);
}
