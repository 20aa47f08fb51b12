using Yiwang.Kernel.Access;

namespace Yiwang.Kernel.Web.Workbench;

/// <summary>
/// A module's part of the signed-in home page: what waits for this caller (by deadline), the figures they watch, and what
/// they can do next. Registered by each module (<c>services.AddScoped&lt;IWorkbenchSource, …&gt;()</c>); the host
/// merges every source's answer. A source answers <see cref="WorkbenchContribution.Empty"/> for roles it does not serve
/// and must be fast (it runs on every visit to the home page): counts and the next few items, never whole lists.
/// </summary>
public interface IWorkbenchSource
{
    Task<WorkbenchContribution> ForAsync(CallerScope caller, CancellationToken cancellationToken);
}
