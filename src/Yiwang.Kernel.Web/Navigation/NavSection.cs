using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web.Navigation;

/// <summary>A group of the top navigation (a dropdown on screens, a fold on phones); hidden when none of its links is visible.</summary>
public sealed record NavSection(string Id, Bilingual Title, int Order, IReadOnlyList<NavLink> Links)
{
    public IReadOnlyList<NavLink> VisibleTo(CallerScope caller) => Links.Where(l => l.Visible(caller)).ToList();

    /// <summary>Whether <paramref name="path"/> belongs to this section (to mark it current).</summary>
    public bool Contains(string path) => Links.Any(l => NavPaths.Matches(l.Href, path));
}
