using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Ui;
using Yiwang.Kernel.Web.Workbench;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Workbench;

/// <summary>A notice line on the workbench (the latest inbox entries).</summary>
internal sealed record WorkbenchNotice(string Title, string? Href, DateTimeOffset At);

/// <summary>The signed-in home page's content: every module's contribution merged, work ordered by deadline.</summary>
internal sealed record Board(IReadOnlyList<WorkItem> ToDo, IReadOnlyList<WorkbenchTile> Tiles, IReadOnlyList<WorkbenchLink> NextSteps, IReadOnlyList<WorkbenchNotice> Notices);

/// <summary>
/// Builds a caller's workbench from the modules' <see cref="IWorkbenchSource"/>s and the inbox. Overdue work first, then
/// by due date (no date last), so the official's 待我处理 reads like a docket.
/// </summary>
internal sealed class WorkbenchAssembler(IEnumerable<IWorkbenchSource> sources, UserInbox inbox)
{
    public async Task<Board> BuildAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var parts = new List<WorkbenchContribution>();
        foreach (var source in sources) parts.Add(await source.ForAsync(caller, cancellationToken)); // one DbContext per scope: in turn
        var latest = await inbox.ListAsync(caller.UserId, 5, unreadOnly: false, cancellationToken);
        return new Board(
            [.. parts.SelectMany(p => p.ToDo).OrderBy(i => i.Tone == Tone.Danger ? 0 : 1).ThenBy(i => i.DueOn ?? DateOnly.MaxValue)],
            [.. parts.SelectMany(p => p.Tiles).OrderBy(t => t.Order)],
            [.. parts.SelectMany(p => p.NextSteps).OrderBy(s => s.Order)],
            [.. latest.Items.Select(i => new WorkbenchNotice(i.Subject, UserInbox.SafeLink(i.Link), i.CreatedAt))]);
    }
}
