using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Kernel.Web.Workbench;

/// <summary>One module's part of a workbench. <see cref="ToDo"/> items of all modules are merged and sorted by due date.</summary>
public sealed record WorkbenchContribution(IReadOnlyList<WorkItem> ToDo, IReadOnlyList<WorkbenchTile> Tiles, IReadOnlyList<WorkbenchLink> NextSteps)
{
    public static WorkbenchContribution Empty { get; } = new([], [], []);
}

/// <summary>
/// Something that waits for the caller: a complaint to accept, an application to review, a registration to approve, an
/// answer to give. <paramref name="Kind"/> says what sort of work it is ("投诉受理审查"); <paramref name="DueOn"/> is the
/// legal or configured deadline (null when none); the tone marks overdue (danger) and due soon (warning).
/// </summary>
public sealed record WorkItem(Bilingual Kind, string Title, string Href, DateOnly? DueOn, Tone Tone = Tone.Neutral, Bilingual? Status = null, string? Detail = null);

/// <summary>A figure on the workbench (待受理 5 件); a link opens the list behind it.</summary>
public sealed record WorkbenchTile(Bilingual Label, string Value, Bilingual? Unit = null, string? Href = null, Tone Tone = Tone.Neutral, int Order = 100);

/// <summary>A thing the caller can do now ("新建投诉", "开始数字化水平自评"), with one line on why.</summary>
public sealed record WorkbenchLink(Bilingual Text, string Href, Bilingual? Help = null, int Order = 100);
