using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <summary>
/// Page and page size as they arrive in a query string: whole numbers in range, or an error naming the field (the API
/// answers 400; the list page shows the first page and says why). Never a 500 for "page=abc".
/// </summary>
internal static class Paging
{
    public static (int Page, int PageSize, FieldErrors Errors) Read(string? page, string? pageSize, int defaultSize)
    {
        var errors = new FieldErrors();
        var number = Whole(page, "page", 1, BrowseComplaintsHandler.MaxPage, 1, errors,
            new($"页码应为 1 至 {BrowseComplaintsHandler.MaxPage:N0} 之间的整数", $"The page must be a whole number from 1 to {BrowseComplaintsHandler.MaxPage:N0}"));
        var size = Whole(pageSize, "pageSize", 1, BrowseComplaintsHandler.MaxPageSize, defaultSize, errors,
            new($"每页条数应为 1 至 {BrowseComplaintsHandler.MaxPageSize} 之间的整数", $"The page size must be a whole number from 1 to {BrowseComplaintsHandler.MaxPageSize}"));
        return (number, size, errors);
    }

    private static int Whole(string? text, string field, int min, int max, int fallback, FieldErrors errors, Kernel.Text.Bilingual problem)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (FormNumbers.TryParseInteger(text, out var value) && value >= min && value <= max) return (int)value;
        errors.Add(field, problem);
        return fallback;
    }
}
