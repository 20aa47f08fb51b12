using Microsoft.AspNetCore.Components;

namespace Yiwang.Kernel.Web.Ui;

/// <summary>
/// One column of a <see cref="DataTable{TItem}"/>: its header (also the label of the cell when the row becomes a card on
/// a phone) and how a cell is drawn.
/// </summary>
public sealed record TableColumn<TItem>(string Header, RenderFragment<TItem> Cell)
{
    /// <summary>Figures: right-aligned, tabular digits.</summary>
    public bool Numeric { get; init; }

    /// <summary>The card's title on phones (usually the record's number or name).</summary>
    public bool Primary { get; init; }

    /// <summary>Shown to screen readers only (e.g. a column of row actions needs a header but no visible one).</summary>
    public bool HeaderHidden { get; init; }
}

/// <summary>Columns whose cells are plain text.</summary>
public static class TableColumn
{
    public static TableColumn<TItem> Text<TItem>(string header, Func<TItem, string?> text, bool numeric = false, bool primary = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(header, item => builder => builder.AddContent(0, text(item))) { Numeric = numeric, Primary = primary };
    }
}
